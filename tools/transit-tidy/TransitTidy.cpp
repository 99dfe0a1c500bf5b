//===- TransitTidy.cpp - transit-tidy: the checks for CI, review, batch fix
//===//
//
//   transit-tidy [-p BUILD_DIR] [options] [FILES or DIRECTORIES...]
//
// Runs the transit checks in-process over a compilation database (in
// parallel), honouring .clang-tidy files and NOLINT as clang-tidy does, and
// writes what they find as text, SARIF 2.1.0, GitHub workflow commands,
// reviewdog rdjsonl, GitLab Code Quality or clang-tidy's export-fixes YAML.
// Review mode reports only lines a diff changed; --fix applies every fix
// once, atomically, or nothing on a conflict; --baseline fails only on new
// findings. Exit status: 0 nothing to report, 1 findings, 2 usage or tool
// error. docs/ci.md shows it in GitHub Actions, GitLab CI and reviewdog.
//
//===----------------------------------------------------------------------===//
#include "transit/driver/Git.h"
#include "transit/driver/Progress.h"
#include "transit/driver/Runner.h"
#include "transit/report/Baseline.h"
#include "transit/report/Diff.h"
#include "transit/report/Fixes.h"
#include "transit/report/Report.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/YAMLTraits.h"

#include <chrono>
#include <csignal>

using namespace transit;
namespace cl = llvm::cl;

#ifndef TRANSIT_VERSION
#define TRANSIT_VERSION "0.0.0"
#endif
#ifndef TRANSIT_RESOURCE_DIR
#define TRANSIT_RESOURCE_DIR ""
#endif
#ifndef TRANSIT_DOCS_URL
#define TRANSIT_DOCS_URL ""
#endif

namespace {

/// Writes the fixed files all or nothing. Past a file size limit (ulimit
/// -f) a write fails with EFBIG, reported as such, rather than SIGXFSZ
/// killing the process through LLVM's crash handler.
llvm::Error writeFixes(const std::map<std::string, std::string> &Files) {
#ifdef SIGXFSZ
  std::signal(SIGXFSZ, SIG_IGN);
#endif
  return report::writeAtomically(Files);
}

cl::OptionCategory Category("transit-tidy options");

cl::opt<std::string>
    BuildPath("p",
              cl::desc("Build directory holding compile_commands.json, or the "
                       "file itself\n(default: found upwards from the first "
                       "path or the current directory, also in build/)"),
              cl::value_desc("build-path"), cl::cat(Category));
cl::list<std::string> Paths(cl::Positional,
                            cl::desc("[files or directories...]"),
                            cl::cat(Category));
cl::opt<unsigned>
    Jobs("j",
         cl::desc("Translation units checked at once (default: every core)"),
         cl::init(0), cl::cat(Category));
cl::opt<std::string>
    Checks("checks",
           cl::desc("Checks to run, as clang-tidy's -checks, over what "
                    ".clang-tidy files say\n(default: transit-*)"),
           cl::cat(Category));
cl::opt<std::string> Config("config",
                            cl::desc("Configuration in YAML, as clang-tidy's "
                                     "-config (instead of .clang-tidy files)"),
                            cl::cat(Category));
cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc(
        "Read the configuration from this file, as clang-tidy's -config-file"),
    cl::cat(Category));
cl::opt<std::string>
    WarningsAsErrors("warnings-as-errors",
                     cl::desc("Checks whose findings are errors, as "
                              "clang-tidy's -warnings-as-errors"),
                     cl::cat(Category));
cl::opt<std::string> HeaderFilter(
    "header-filter",
    cl::desc("Headers whose findings are reported, as clang-tidy's "
             "-header-filter\n(default: every header under --root, unless "
             ".clang-tidy sets HeaderFilterRegex)"),
    cl::cat(Category));
cl::list<std::string>
    ExtraArgs("extra-arg", cl::desc("Add an argument to every compile command"),
              cl::cat(Category));
cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    cl::desc("Add an argument to the front of every compile command"),
    cl::cat(Category));
cl::opt<std::string> FormatName(
    "format",
    cl::desc(
        "What to print on standard output: text (default), sarif, github, "
        "rdjsonl,\ngitlab, fixes (clang-tidy's --export-fixes YAML), none"),
    cl::init("text"), cl::cat(Category));
cl::list<std::string>
    Outputs("output",
            cl::desc("Also write FORMAT to PATH (repeatable), e.g. --output "
                     "sarif=transit.sarif"),
            cl::value_desc("format=path"), cl::cat(Category));
cl::opt<std::string>
    ChangedSince("changed-since",
                 cl::desc("Review mode: only findings on lines changed since "
                          "this git revision;\nthe files checked are those the "
                          "diff touches and the units including them"),
                 cl::value_desc("rev"), cl::cat(Category));
cl::opt<std::string> DiffFile(
    "diff",
    cl::desc(
        "Review mode from a unified diff (a file, or - for standard input)"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool>
    Fix("fix",
        cl::desc("Apply every fix: edits several units share once, nothing at "
                 "all on a conflict,\neach file written atomically"),
        cl::cat(Category));
cl::opt<bool>
    DryRun("dry-run",
           cl::desc("With --fix: print the unified diff instead of writing"),
           cl::cat(Category));
cl::opt<bool> FixErrors(
    "fix-errors",
    cl::desc("With --fix: also apply fixes that only units that do not parse "
             "propose"),
    cl::cat(Category));
cl::opt<std::string> BaselinePath(
    "baseline",
    cl::desc("Findings this file lists (by fingerprint) do not fail the run"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> UpdateBaseline(
    "update-baseline",
    cl::desc("Rewrite the --baseline file with today's findings"),
    cl::cat(Category));
cl::opt<std::string> Root(
    "root",
    cl::desc(
        "Repository root: paths in reports are relative to it\n(default: the "
        "git work tree of the current directory, else the current directory)"),
    cl::cat(Category));
cl::opt<bool> ShowCarveOuts(
    "show-carve-outs",
    cl::desc("Text format: also list the sites carve-outs accepted"),
    cl::cat(Category));
cl::opt<bool> Quiet("quiet",
                    cl::desc("No progress display and no summary table"),
                    cl::cat(Category));
cl::opt<std::string>
    ResourceDir("resource-dir",
                cl::desc("Clang's resource directory (its built-in headers)"),
                cl::init(TRANSIT_RESOURCE_DIR), cl::cat(Category), cl::Hidden);
cl::opt<std::string> DocsUrl(
    "docs-url",
    cl::desc(
        "Where the checks' docs pages are (SARIF helpUri, rdjsonl code url)"),
    cl::init(TRANSIT_DOCS_URL), cl::cat(Category), cl::Hidden);

constexpr int ExitClean = 0, ExitFindings = 1, ExitError = 2;

int fail(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "transit-tidy") << Message << "\n";
  return ExitError;
}

/// clang-tidy's export-fixes YAML, from the findings.
void writeFixesYaml(llvm::raw_ostream &OS, const report::Run &R) {
  clang::tooling::TranslationUnitDiagnostics TUD;
  for (const report::Finding &F : R.Findings) {
    if (F.accepted() || F.InBaseline)
      continue;
    clang::tooling::DiagnosticMessage Message;
    Message.Message = F.Message;
    Message.FilePath = F.Where.File;
    Message.FileOffset = F.Where.Offset;
    if (const std::vector<report::Edit> *Fix = F.fix())
      for (const report::Edit &E : *Fix) {
        llvm::Error Err = Message.Fix[E.File].add(
            clang::tooling::Replacement(E.File, E.Offset, E.Length, E.Text));
        llvm::consumeError(std::move(Err));
      }
    clang::tooling::Diagnostic D(F.Check, Message, {},
                                 F.Severity == report::Level::Error
                                     ? clang::tooling::Diagnostic::Error
                                     : clang::tooling::Diagnostic::Warning,
                                 R.Root);
    for (const report::Note &N : F.Notes) {
      clang::tooling::DiagnosticMessage NM;
      NM.Message = N.Message;
      NM.FilePath = N.Where.File;
      NM.FileOffset = N.Where.Offset;
      D.Notes.push_back(NM);
    }
    TUD.Diagnostics.push_back(std::move(D));
  }
  llvm::yaml::Output YAML(OS);
  YAML << TUD;
}

/// Whether a file could be #included: a header, a source, or no extension
/// at all (<pqxx/pqxx>, <string>).
bool mayBeIncluded(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  if (Ext.empty())
    return true;
  static const llvm::StringSet<> Included = {
      ".h",   ".hh",  ".hpp", ".hxx", ".h++", ".inc", ".inl",
      ".ipp", ".tpp", ".tcc", ".def", ".c",   ".cc",  ".cpp",
      ".cxx", ".c++", ".C",   ".H",   ".ixx", ".cppm"};
  return Included.contains(Ext);
}

struct OutputTarget {
  report::Format Format;
  std::string Path; // empty: standard output
};

using driver::ProgressLine;

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM Init(argc, argv);
  llvm::CrashRecoveryContext::Enable();
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "transit-tidy " << TRANSIT_VERSION << " (LLVM " << LLVM_VERSION_STRING
       << ")\n";
  });
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "transit-tidy: ZFN-3 encryption-in-transit checks over a compilation "
          "database.\n\n"
          "Exit status: 0 nothing to report, 1 findings (not in the baseline) "
          "or files that did not parse, 2 usage or tool error.\n",
          &llvm::errs()))
    return ExitError;

  // Formats and outputs.
  std::vector<OutputTarget> Targets;
  if (FormatName != "none") {
    std::optional<report::Format> F = report::parseFormat(FormatName);
    if (!F)
      return fail("unknown --format '" + FormatName +
                  "' (text, sarif, github, rdjsonl, gitlab, fixes, none)");
    Targets.push_back({*F, ""});
  }
  for (const std::string &O : Outputs) {
    auto [Name, Path] = llvm::StringRef(O).split('=');
    std::optional<report::Format> F = report::parseFormat(Name);
    if (!F || Path.empty())
      return fail("--output wants FORMAT=PATH (FORMAT: text, sarif, github, "
                  "rdjsonl, gitlab, fixes), not '" +
                  O + "'");
    Targets.push_back({*F, Path.str()});
  }
  if (DryRun && !Fix)
    return fail("--dry-run goes with --fix");
  if (UpdateBaseline && BaselinePath.empty())
    return fail("--update-baseline needs --baseline FILE");
  if (UpdateBaseline && (!ChangedSince.empty() || !DiffFile.empty()))
    return fail("--update-baseline records every finding of the run; review "
                "mode reports only changed lines, so they do not go together");
  if (!ChangedSince.empty() && !DiffFile.empty())
    return fail(
        "--changed-since and --diff are two ways to say the same thing; "
        "give one");

  // Configuration, checked before any work.
  std::optional<std::string> ConfigText;
  if (!ConfigFile.empty()) {
    if (!Config.empty())
      return fail("--config and --config-file: give one");
    auto B = llvm::MemoryBuffer::getFile(ConfigFile);
    if (!B)
      return fail("cannot read --config-file '" + ConfigFile +
                  "': " + B.getError().message());
    ConfigText = (*B)->getBuffer().str();
  } else if (!Config.empty()) {
    ConfigText = Config;
  }
  if (ConfigText) {
    auto Parsed = clang::tidy::parseConfiguration(
        llvm::MemoryBufferRef(*ConfigText, "<config>"));
    if (!Parsed)
      return fail("invalid configuration: " + Parsed.getError().message());
  }

  // The repository root.
  std::string RootDir;
  if (Root.empty() && !ChangedSince.empty()) {
    // Review mode needs the git work tree the diff's paths are relative to.
    auto Top = driver::workTree(".");
    if (!Top)
      return fail(llvm::toString(Top.takeError()));
    RootDir = *Top;
  } else {
    RootDir = driver::repositoryRoot(Root);
  }

  driver::RunnerOptions Options;
  Options.BuildPath = BuildPath;
  Options.Jobs = Jobs;
  Options.Checks = Checks;
  Options.Config = ConfigText;
  Options.WarningsAsErrors = WarningsAsErrors;
  if (HeaderFilter.getNumOccurrences())
    Options.HeaderFilter = HeaderFilter;
  Options.ExtraArgs = ExtraArgs;
  Options.ExtraArgsBefore = ExtraArgsBefore;
  Options.ResourceDir = ResourceDir;
  Options.Root = RootDir;
  auto RunnerOr =
      driver::Runner::create(Options, Paths.empty() ? "" : Paths.front());
  if (!RunnerOr)
    return fail(llvm::toString(RunnerOr.takeError()));
  driver::Runner &Runner = **RunnerOr;

  auto Files = Runner.select(Paths);
  if (!Files)
    return fail(llvm::toString(Files.takeError()));

  // Review mode: the changed lines, and the units to check.
  std::optional<report::ChangedLines> Changed;
  if (!ChangedSince.empty() || !DiffFile.empty()) {
    if (!ChangedSince.empty()) {
      auto Since = driver::changedSince(ChangedSince, RootDir);
      if (!Since)
        return fail(llvm::toString(Since.takeError()));
      Changed = std::move(*Since);
    } else {
      auto B = DiffFile == "-" ? llvm::MemoryBuffer::getSTDIN()
                               : llvm::MemoryBuffer::getFile(DiffFile);
      if (!B)
        return fail("cannot read --diff '" + DiffFile +
                    "': " + B.getError().message());
      auto Parsed = report::parseUnifiedDiff((*B)->getBuffer());
      if (!Parsed)
        return fail("--diff: " + llvm::toString(Parsed.takeError()));
      Changed = std::move(*Parsed);
    }
    llvm::StringSet<> ChangedFiles;
    for (const std::string &F : Changed->files())
      ChangedFiles.insert(driver::absolutePath(F, RootDir));
    // Units to check: the changed ones, and those including a changed file
    // that C or C++ could include (a README or a YAML file changes no unit).
    bool OnlyUnits = llvm::all_of(ChangedFiles, [&](const auto &E) {
      return llvm::is_contained(*Files, E.getKey().str()) ||
             !mayBeIncluded(E.getKey());
    });
    std::vector<std::string> Chosen;
    if (OnlyUnits) {
      for (const std::string &F : *Files)
        if (ChangedFiles.contains(F))
          Chosen.push_back(F);
    } else {
      Chosen = Runner.includers(*Files, ChangedFiles);
    }
    *Files = std::move(Chosen);
  }

  // The run.
  bool Progress = !Quiet && llvm::sys::Process::StandardErrIsDisplayed();
  ProgressLine Line(Progress);
  report::Sources Sources;
  auto Start = std::chrono::steady_clock::now();
  report::Run Run =
      Runner.run(*Files, Sources,
                 [&](unsigned Done, unsigned Total, llvm::StringRef File) {
                   Line.update(Done, Total, File, RootDir);
                 });
  Line.clear();
  for (const std::string &Problem : Run.ConfigurationProblems)
    llvm::WithColor::warning(llvm::errs(), "transit-tidy")
        << Problem << " [clang-tidy-config]\n";
  Run.Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();

  if (Changed) {
    // Only findings on changed lines; the accepted carve-outs likewise.
    llvm::erase_if(Run.Findings, [&](const report::Finding &F) {
      return !Changed->contains(report::displayPath(F.Where.File, RootDir),
                                F.Where.Line);
    });
  }
  report::assignFingerprints(Run, Sources);

  // Baseline.
  if (!BaselinePath.empty()) {
    llvm::StringSet<> Known;
    bool Exists = llvm::sys::fs::exists(BaselinePath);
    if (Exists) {
      auto Read = report::readBaseline(BaselinePath);
      if (!Read)
        return fail(llvm::toString(Read.takeError()));
      Known = std::move(*Read);
    } else if (!UpdateBaseline) {
      return fail("no baseline file '" + BaselinePath +
                  "'; create it with --update-baseline");
    }
    if (UpdateBaseline) {
      auto U = report::writeBaseline(BaselinePath, Run, Known);
      if (!U)
        return fail(llvm::toString(U.takeError()));
      llvm::errs() << llvm::formatv(
          "transit-tidy: baseline {0}: {1} entries ({2} added, {3} removed)\n",
          BaselinePath, U->Entries, U->Added, U->Removed);
      Known.clear();
      for (const report::Finding &F : Run.Findings)
        if (!F.accepted())
          Known.insert(F.Fingerprint);
    }
    report::applyBaseline(Run, Known);
  }

  // The batch fix.
  int FixStatus = ExitClean;
  std::string FixDiff;
  llvm::DenseSet<const report::Finding *> Fixed;
  if (Fix) {
    std::vector<const report::Finding *> ToFix;
    for (const report::Finding &F : Run.Findings)
      if (!F.accepted())
        ToFix.push_back(&F);
    report::FixPlan Plan = report::planFixes(ToFix, Sources, FixErrors);
    if (Plan.SkippedUnparsed)
      llvm::errs() << llvm::formatv(
          "transit-tidy: {0} fix{1} not applied: only files that do not parse "
          "propose {2} (--fix-errors applies {2} anyway)\n",
          Plan.SkippedUnparsed, Plan.SkippedUnparsed == 1 ? "" : "es",
          Plan.SkippedUnparsed == 1 ? "it" : "them");
    if (!Plan.Conflicts.empty()) {
      for (const std::string &C : Plan.Conflicts)
        llvm::errs() << "transit-tidy: conflict: " << C << "\n";
      llvm::errs() << llvm::formatv(
          "transit-tidy: {0} conflicting fix{1}: no file was changed\n",
          Plan.Conflicts.size(), Plan.Conflicts.size() == 1 ? "" : "es");
      FixStatus = ExitError;
    } else {
      auto NewContents = report::applyPlan(Plan, Sources);
      if (!NewContents)
        return fail(llvm::toString(NewContents.takeError()));
      if (DryRun) {
        for (const auto &[Path, Content] : *NewContents) {
          std::string Rel = report::displayPath(Path, RootDir);
          FixDiff += report::unifiedDiff("a/" + Rel, "b/" + Rel,
                                         Sources.get(Path)->Content, Content);
        }
      } else if (llvm::Error E = writeFixes(*NewContents)) {
        return fail(llvm::toString(std::move(E)));
      } else if (!Quiet) {
        llvm::errs() << llvm::formatv(
            "transit-tidy: applied {0} fix{1} to {2} file{3}\n",
            Plan.Fixed.size(), Plan.Fixed.size() == 1 ? "" : "es",
            NewContents->size(), NewContents->size() == 1 ? "" : "s");
      }
      if (!DryRun)
        Fixed.insert(Plan.Fixed.begin(), Plan.Fixed.end());
    }
  }

  // Outputs.
  report::WriteOptions WO;
  WO.ToolVersion = TRANSIT_VERSION;
  WO.DocsUrl = DocsUrl;
  WO.DisplayBase = driver::absolutePath(".");
  WO.ShowCarveOuts = ShowCarveOuts;
  auto Write = [&](llvm::raw_ostream &OS, report::Format F) {
    switch (F) {
    case report::Format::Text:
      report::writeText(OS, Run, Sources, WO);
      break;
    case report::Format::Sarif:
      report::writeSarif(OS, Run, Sources, WO);
      break;
    case report::Format::GitHub:
      report::writeGitHub(OS, Run);
      break;
    case report::Format::Rdjsonl:
      report::writeRdjsonl(OS, Run, Sources, WO);
      break;
    case report::Format::GitLab:
      report::writeGitLab(OS, Run);
      break;
    case report::Format::Fixes:
      writeFixesYaml(OS, Run);
      break;
    }
  };
  for (const OutputTarget &T : Targets) {
    if (T.Path.empty()) {
      if (DryRun)
        continue; // standard output carries the diff
      Write(llvm::outs(), T.Format);
      continue;
    }
    std::error_code EC;
    llvm::raw_fd_ostream OS(T.Path, EC);
    if (EC)
      return fail("cannot write '" + T.Path + "': " + EC.message());
    Write(OS, T.Format);
  }
  if (DryRun)
    llvm::outs() << FixDiff;
  llvm::outs().flush();

  if (!Quiet)
    report::writeSummary(llvm::errs(), Run);

  if (FixStatus == ExitError)
    return ExitError;
  bool Remaining = llvm::any_of(Run.Findings, [&](const report::Finding &F) {
    return !F.accepted() && !F.InBaseline && !Fixed.contains(&F);
  });
  return Remaining || !Run.Failures.empty() ? ExitFindings : ExitClean;
}
