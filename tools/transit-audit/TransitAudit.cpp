//===- TransitAudit.cpp - The ZFN-3 carve-out inventory -------------------===//
//
// transit-audit [-p BUILD] [PATH...] [--format F] [-o FILE]
// transit-audit --inventory [--compare OLD.json] [-p BUILD] [PATH...]
//
// Lists every carve-out of the repository with its status; with
// --inventory, every connection site the checks recognise with how it is
// protected (lib/audit/Evidence.cpp) instead. C and C++
// carve-outs are judged by the checks themselves, run over the compilation
// database exactly as transit-tidy runs them (lib/driver); every other file
// git tracks is read with the same grammar through the comment-syntax table
// (lib/core/CommentSyntax.cpp). Exit status: 0 when every carve-out is
// valid, 1 when one is malformed, stale, external or refused, 2 on a usage
// or tool error. docs/audit.md.
//
//===----------------------------------------------------------------------===//
#include "transit/CarveOut.h"
#include "transit/CommentSyntax.h"
#include "transit/audit/Audit.h"
#include "transit/audit/Evidence.h"
#include "transit/driver/Git.h"
#include "transit/driver/Progress.h"
#include "transit/driver/Runner.h"
#include "transit/report/Report.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <ctime>
#include <set>

using namespace transit;
namespace cl = llvm::cl;

#ifndef TRANSIT_VERSION
#define TRANSIT_VERSION "0.0.0"
#endif
#ifndef TRANSIT_RESOURCE_DIR
#define TRANSIT_RESOURCE_DIR ""
#endif

namespace {

cl::OptionCategory Category("transit-audit options");
cl::list<std::string> Paths(cl::Positional,
                            cl::desc("[<file or directory>...]"),
                            cl::cat(Category));
cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory (or compile_commands.json)"),
              cl::value_desc("dir"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Units analysed at once (0: every core)"),
                       cl::init(0), cl::cat(Category));
cl::opt<std::string> FormatName(
    "format", cl::desc("Output: table (default), json, markdown, csv or sarif"),
    cl::init("table"), cl::cat(Category));
cl::opt<std::string> OutputPath("o", cl::desc("Write the output here"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string>
    Root("root", cl::desc("Repository root (default: git's work tree)"),
         cl::cat(Category));
cl::opt<std::string> Marker("marker",
                            cl::desc("The carve-out marker in the files the "
                                     "checks do not compile; the checks take "
                                     "CarveOutMarker from .clang-tidy: give "
                                     "the same"),
                            cl::init(DefaultCarveOutMarker.str()),
                            cl::cat(Category));
cl::opt<bool> NoOtherFiles(
    "no-other-files",
    cl::desc("Only C and C++ carve-outs the checks judge: do not read the "
             "other files git tracks"),
    cl::cat(Category));
cl::opt<bool> NoBlame("no-blame",
                      cl::desc("Do not ask git blame for each carve-out's last "
                               "change and author"),
                      cl::cat(Category));
cl::opt<std::string>
    Perimeter("perimeter",
              cl::desc("Only carve-outs whose guarantee matches this regular "
                       "expression (case-insensitive): the VPC, region or mesh "
                       "being changed"),
              cl::value_desc("regex"), cl::cat(Category));
cl::opt<std::string>
    Since("since",
          cl::desc("Only carve-outs added or changed since this revision"),
          cl::value_desc("rev"), cl::cat(Category));
cl::opt<unsigned> OlderThan(
    "older-than",
    cl::desc("Only carve-outs last changed more than this many days ago"),
    cl::value_desc("days"), cl::init(0), cl::cat(Category));
cl::opt<bool> InventoryMode(
    "inventory",
    cl::desc("Evidence of encryption in transit: every connection site the "
             "checks recognise (encrypted, carved out, plaintext ...), by "
             "service directory and family, instead of the carve-outs"),
    cl::cat(Category));
cl::opt<unsigned> ServiceDepth(
    "service-depth",
    cl::desc("--inventory: a service is the first N directories of a path "
             "under the root (default 1)"),
    cl::value_desc("N"), cl::init(1), cl::cat(Category));
cl::opt<std::string> CompareWith(
    "compare",
    cl::desc("--inventory: compare with an earlier inventory (its JSON); "
             "exit 1 only for sites added or made worse"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> ResourceDir("resource-dir",
                                 cl::desc("Clang's resource directory"),
                                 cl::init(TRANSIT_RESOURCE_DIR),
                                 cl::cat(Category), cl::Hidden);

constexpr int ExitClean = 0, ExitAction = 1, ExitError = 2;

bool isCFamily(llvm::StringRef Path) {
  return commentSyntaxFor(Path) == &cxxCommentSyntax();
}

int fail(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "transit-audit") << Message << "\n";
  return ExitError;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "transit-audit " TRANSIT_VERSION "\n";
  });
  cl::ParseCommandLineOptions(argc, argv,
                              "transit-audit: every ZFN-3 carve-out of a "
                              "repository, with its status\n");
  if (FormatName != "table" && FormatName != "json" &&
      FormatName != "markdown" && FormatName != "csv" && FormatName != "sarif")
    return fail("unknown --format '" + FormatName +
                "' (table, json, markdown, csv, sarif)");
  if (!isValidMarker(Marker))
    return fail("--marker '" + Marker + "' needs a letter or digit");
  if (InventoryMode) {
    if (FormatName == "sarif")
      return fail("--inventory writes table, json, markdown or csv; SARIF "
                  "is for the carve-outs (without --inventory)");
    if (!Perimeter.empty() || !Since.empty() || OlderThan)
      return fail("--perimeter, --since and --older-than select carve-outs; "
                  "they do not apply to --inventory");
    if (ServiceDepth == 0)
      return fail("--service-depth must be at least 1");
  } else if (!CompareWith.empty()) {
    return fail("--compare needs --inventory");
  }
  std::optional<audit::Evidence> Earlier;
  if (!CompareWith.empty()) {
    auto Text = llvm::MemoryBuffer::getFile(CompareWith, /*IsText=*/true);
    if (!Text)
      return fail("cannot read '" + CompareWith +
                  "': " + Text.getError().message());
    auto Read = audit::readEvidenceJson((*Text)->getBuffer());
    if (!Read)
      return fail(CompareWith + ": " + llvm::toString(Read.takeError()));
    Earlier = std::move(*Read);
  }

  std::string RootDir = driver::repositoryRoot(Root);

  driver::RunnerOptions Options;
  Options.BuildPath = BuildPath;
  Options.Jobs = Jobs;
  Options.ResourceDir = ResourceDir;
  Options.Root = RootDir;
  Options.ReportConnections = InventoryMode;
  auto RunnerOr =
      driver::Runner::create(Options, Paths.empty() ? "" : Paths.front());
  if (!RunnerOr)
    return fail(llvm::toString(RunnerOr.takeError()));
  auto Files = (*RunnerOr)->select(Paths);
  if (!Files)
    return fail(llvm::toString(Files.takeError()));

  driver::ProgressLine Line(llvm::sys::Process::StandardErrIsDisplayed());
  report::Sources Sources;
  report::Run Run = (*RunnerOr)->run(
      *Files, Sources,
      [&](unsigned Done, unsigned Total, llvm::StringRef File) {
        Line.update(Done, Total, File, RootDir);
      });
  Line.clear();
  Run.Root = RootDir;

  // -o is opened only once nothing can fail any more: a usage error must
  // not truncate the previous output.
  std::unique_ptr<llvm::raw_fd_ostream> File;
  auto OpenOutput = [&]() -> llvm::raw_ostream * {
    if (OutputPath.empty())
      return &llvm::outs();
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(OutputPath, EC);
    if (!EC)
      return File.get();
    fail("cannot write '" + OutputPath + "': " + EC.message());
    return nullptr;
  };
  auto ReportFailures = [&](llvm::ArrayRef<report::Failure> Failures) {
    for (const report::Failure &F : Failures)
      llvm::errs() << "transit-audit: " << report::displayPath(F.File, RootDir)
                   << ": " << F.Reason << "\n";
  };

  if (InventoryMode) {
    audit::Evidence E = audit::evidenceFromRun(Run, Sources, ServiceDepth);
    std::vector<audit::Change> Changes;
    if (Earlier)
      Changes = audit::compare(*Earlier, E);
    const std::vector<audit::Change> *Compared = Earlier ? &Changes : nullptr;
    llvm::raw_ostream *Out = OpenOutput();
    if (!Out)
      return ExitError;
    llvm::raw_ostream &OS = *Out;
    if (FormatName == "json")
      audit::writeEvidenceJson(E, Compared, OS);
    else if (FormatName == "markdown")
      audit::writeEvidenceMarkdown(E, Compared, OS);
    else if (FormatName == "csv")
      audit::writeEvidenceCsv(E, OS);
    else
      audit::writeEvidenceTable(E, Compared, OS);
    ReportFailures(E.Failures);
    bool Action = Earlier
                      ? llvm::any_of(Changes, audit::isRegression)
                      : llvm::any_of(E.Sites, [](const audit::Connection &C) {
                          return audit::isViolation(C.P);
                        });
    return Action || !E.Failures.empty() ? ExitAction : ExitClean;
  }

  audit::Inventory Inv = audit::fromRun(Run, Sources, Marker);

  if (!NoOtherFiles) {
    auto Listed = driver::git({"ls-files", "-z", "--cached"}, RootDir);
    if (!Listed)
      return fail(llvm::toString(Listed.takeError()) +
                  " (use --no-other-files outside a git work tree)");
    llvm::StringSet<> Compiled;
    for (const std::string &F : *Files)
      Compiled.insert(F);
    llvm::SmallVector<llvm::StringRef, 64> Names;
    llvm::StringRef(*Listed).split(Names, '\0', -1, false);
    for (size_t I = 0; I < Names.size(); ++I) {
      llvm::StringRef Name = Names[I];
      // Reading thousands of files is quick; show it on large trees only.
      if (I % 256 == 0)
        Line.update(I, Names.size(), "reading tracked files", "");
      std::string Abs = driver::absolutePath(Name, RootDir);
      // Read here, not through Sources, which keeps what it reads: only the
      // files with carve-outs are read again there, for line numbers.
      auto Buffer =
          llvm::MemoryBuffer::getFile(Abs, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
      if (!Buffer || (*Buffer)->getBuffer().contains('\0'))
        continue; // gone, unreadable or binary
      // Compiled files too: what the checks judged is known; a carve-out
      // they did not see sits where no unit's preprocessor went.
      llvm::StringRef Why =
          Compiled.contains(Abs)
              ? "in a part of the file no compiled unit sees (an #if branch "
                "not taken)"
          : isCFamily(Abs) ? "in a C or C++ file no compiled unit reaches"
                           : "outside C and C++: the grammar only, no site "
                             "judged";
      if (audit::scanFile(Inv, Abs, (*Buffer)->getBuffer(), Marker, Why) &&
          !Compiled.contains(Abs))
        ++Inv.TextFilesScanned;
    }
    Line.clear();
  }
  audit::finish(Inv, Sources);

  if (!NoBlame || OlderThan) {
    std::set<std::string> Blamed;
    for (const audit::Entry &E : Inv.Entries) {
      if (!Blamed.insert(E.At.File).second)
        continue;
      auto B = driver::git({"blame", "--line-porcelain", "--",
                            report::displayPath(E.At.File, RootDir)},
                           RootDir);
      if (!B) {
        llvm::consumeError(B.takeError()); // not tracked: no age to tell
        continue;
      }
      audit::applyBlame(Inv, E.At.File, *B);
    }
  }
  audit::Filters Filter;
  if (!Perimeter.empty()) {
    llvm::Regex R(Perimeter, llvm::Regex::IgnoreCase);
    std::string Error;
    if (!R.isValid(Error))
      return fail("--perimeter '" + Perimeter + "': " + Error);
    Filter.Perimeter = std::move(R);
  }
  if (!Since.empty()) {
    auto Changed = driver::changedSince(Since, RootDir);
    if (!Changed)
      return fail("--since: " + llvm::toString(Changed.takeError()));
    Filter.Since = std::move(*Changed);
  }
  if (OlderThan)
    Filter.ChangedBefore =
        static_cast<int64_t>(std::time(nullptr)) - int64_t(OlderThan) * 86400;
  audit::filter(Inv, Filter);
  llvm::raw_ostream *Out = OpenOutput();
  if (!Out)
    return ExitError;
  llvm::raw_ostream &OS = *Out;
  if (FormatName == "json")
    audit::writeJson(Inv, OS);
  else if (FormatName == "markdown")
    audit::writeMarkdown(Inv, OS);
  else if (FormatName == "csv")
    audit::writeCsv(Inv, OS);
  else if (FormatName == "sarif")
    audit::writeSarif(Inv, Sources, OS, TRANSIT_VERSION);
  else
    audit::writeTable(Inv, OS);
  ReportFailures(Inv.Failures);
  bool Action = llvm::any_of(
      Inv.Entries, [](const audit::Entry &E) { return E.needsAction(); });
  return Action || !Inv.Failures.empty() ? ExitAction : ExitClean;
}
