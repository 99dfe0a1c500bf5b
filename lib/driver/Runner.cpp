//===- Runner.cpp - The transit checks over a compilation database --------===//
//
// Each translation unit is checked as clang-tidy checks it (runClangTidy in
// clang-tidy's ClangTidy.cpp): a ClangTidyContext over a FileOptionsProvider,
// clang-tidy's diagnostic consumer (NOLINT, fix conflicts inside the unit),
// the unit's compile command with clang-tidy's adjustments. What differs:
// one ToolInvocation per unit on a thread pool, each with its own file
// system (its own working directory), clang's resource directory passed
// explicitly (this program does not live beside clang), and a crash in one
// unit reported as that unit's failure.
//
//===----------------------------------------------------------------------===//
#include "transit/driver/Runner.h"
#include "transit/Reporting.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <mutex>
#include <set>

using namespace clang;
using namespace clang::tidy;
using namespace clang::tooling;

namespace transit::driver {

std::string absolutePath(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> P(Path);
  if (!llvm::sys::path::is_absolute(P)) {
    llvm::SmallString<256> B(Base);
    if (B.empty())
      llvm::sys::fs::current_path(B);
    llvm::sys::path::append(B, P);
    P = B;
  }
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  return std::string(P.str());
}

namespace {

llvm::Error error(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

/// Looks for compile_commands.json in Dir, Dir/build, and their parents.
std::unique_ptr<CompilationDatabase> findDatabase(llvm::StringRef Dir,
                                                  std::string &Found) {
  for (llvm::StringRef D = Dir; !D.empty();
       D = llvm::sys::path::parent_path(D)) {
    for (llvm::StringRef Sub : {"", "build"}) {
      llvm::SmallString<256> Candidate(D);
      llvm::sys::path::append(Candidate, Sub, "compile_commands.json");
      if (!llvm::sys::fs::exists(Candidate))
        continue;
      std::string Error;
      if (auto DB = JSONCompilationDatabase::loadFromFile(
              Candidate, Error, JSONCommandLineSyntax::AutoDetect)) {
        Found = std::string(Candidate.str());
        return DB;
      }
    }
  }
  return nullptr;
}

/// Every header's findings, then only those under the root (see run()).
constexpr llvm::StringLiteral DefaultHeaderFilter = ".*";

/// Sets a boolean option of the transit checks, under every check's name
/// so that a check-local setting in .clang-tidy does not override it.
void setForEveryCheck(ClangTidyOptions &Overrides, llvm::StringRef Option) {
  for (const report::Rule &R : report::rules())
    Overrides.CheckOptions.insert_or_assign(
        (R.Name + "." + Option).str(),
        ClangTidyOptions::ClangTidyValue("true"));
  Overrides.CheckOptions.insert_or_assign(
      Option, ClangTidyOptions::ClangTidyValue("true"));
}

class TidyActionFactory : public FrontendActionFactory {
public:
  TidyActionFactory(ClangTidyContext &Context,
                    IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> FS)
      : Factory(Context, std::move(FS)) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(Factory);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCH,
                     DiagnosticConsumer *Diags) override {
    // As clang-tidy: code may test __clang_analyzer__.
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    return FrontendActionFactory::runInvocation(Invocation, Files, PCH, Diags);
  }

private:
  class Action : public ASTFrontendAction {
  public:
    explicit Action(ClangTidyASTConsumerFactory &Factory) : Factory(Factory) {}
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                   StringRef File) override {
      return Factory.createASTConsumer(CI, File);
    }

  private:
    ClangTidyASTConsumerFactory &Factory;
  };
  ClangTidyASTConsumerFactory Factory;
};

/// Records every file a translation unit includes.
class IncludesAction : public PreprocessOnlyAction {
public:
  IncludesAction(llvm::StringSet<> &Out, std::string Dir)
      : Out(Out), Dir(std::move(Dir)) {}

  bool BeginSourceFileAction(CompilerInstance &CI) override {
    struct Recorder : PPCallbacks {
      Recorder(IncludesAction &A) : A(A) {}
      void InclusionDirective(SourceLocation, const Token &, StringRef, bool,
                              CharSourceRange, OptionalFileEntryRef File,
                              StringRef, StringRef, const Module *, bool,
                              SrcMgr::CharacteristicKind) override {
        if (!File)
          return;
        llvm::StringRef Real = File->getFileEntry().tryGetRealPathName();
        A.Out.insert(
            absolutePath(Real.empty() ? File->getName() : Real, A.Dir));
      }
      IncludesAction &A;
    };
    CI.getPreprocessor().addPPCallbacks(std::make_unique<Recorder>(*this));
    return PreprocessOnlyAction::BeginSourceFileAction(CI);
  }

private:
  llvm::StringSet<> &Out;
  std::string Dir;
};

/// One unit's outcome, before merging.
struct UnitResult {
  std::vector<report::Finding> Findings;
  std::vector<report::Finding> Kept;        ///< see report::Run::KeptCarveOuts
  std::vector<report::Finding> Connections; ///< report::Run::Connections
  std::vector<std::string> Configuration;   ///< [clang-tidy-config]
  std::optional<report::Failure> Failure;
};

report::Position position(const tooling::DiagnosticMessage &M,
                          llvm::StringRef BuildDir, llvm::StringRef Unit) {
  if (M.FilePath.empty())
    return report::Position{Unit.str(), 0};
  return report::Position{absolutePath(M.FilePath, BuildDir), M.FileOffset};
}

void convert(const std::vector<ClangTidyError> &Errors, llvm::StringRef Unit,
             UnitResult &Out) {
  std::vector<report::Note> ParseErrors;
  for (const ClangTidyError &E : Errors) {
    llvm::StringRef Name = E.DiagnosticName;
    report::Position Where = position(E.Message, E.BuildDirectory, Unit);
    if (Name == "clang-diagnostic-error" ||
        (E.DiagLevel == tooling::Diagnostic::Error &&
         Name.starts_with("clang-diagnostic-"))) {
      ParseErrors.push_back({Where, E.Message.Message});
      continue;
    }
    if (Name == "clang-tidy-config") {
      Out.Configuration.push_back(E.Message.Message);
      continue;
    }
    if (!Name.starts_with("transit-") && Name != "clang-tidy-nolint")
      continue;
    report::Finding F;
    F.Check = Name.str();
    F.Message = E.Message.Message;
    F.Where = Where;
    F.Severity = E.DiagLevel == tooling::Diagnostic::Error || E.IsWarningAsError
                     ? report::Level::Error
                     : report::Level::Warning;
    if (E.DiagLevel == tooling::Diagnostic::Remark) {
      // The remarks of transit/Reporting.h: a connection site (for the
      // audit's inventory), an accepted carve-out (a suppressed finding) or
      // a kept one (for the audit).
      llvm::StringRef Remark = F.Message;
      if (Remark.starts_with(EncryptedRemarkPrefix) ||
          Remark.starts_with(NotJudgedRemarkPrefix)) {
        Out.Connections.push_back(std::move(F));
        continue;
      }
      bool Kept = Remark.starts_with(KeptRemarkPrefix);
      if (!Kept && !Remark.starts_with(AcceptedRemarkPrefix))
        continue; // not a remark this tool knows
      F.Severity = report::Level::Warning;
      for (const tooling::DiagnosticMessage &N : E.Notes) {
        llvm::StringRef Text = N.Message;
        if (Text.consume_front(AcceptedFindingNotePrefix)) {
          F.Message = Text.str();
        } else if (Text.consume_front(CarveOutNotePrefix)) {
          F.CarveOut = Text.str();
          F.CarveOutAt = position(N, E.BuildDirectory, Unit);
        }
      }
      if (!F.CarveOut)
        continue;
      if (Kept) {
        Out.Kept.push_back(std::move(F));
        continue;
      }
    } else {
      for (const tooling::DiagnosticMessage &N : E.Notes)
        F.Notes.push_back({position(N, E.BuildDirectory, Unit), N.Message});
      std::vector<report::Edit> Fix;
      for (const auto &[File, Replacements] : E.Message.Fix)
        for (const tooling::Replacement &R : Replacements)
          Fix.push_back({absolutePath(R.getFilePath(), E.BuildDirectory),
                         R.getOffset(), R.getLength(),
                         R.getReplacementText().str()});
      llvm::sort(Fix, [](const report::Edit &A, const report::Edit &B) {
        return std::tie(A.File, A.Offset) < std::tie(B.File, B.Offset);
      });
      if (!Fix.empty())
        F.Fixes.push_back(std::move(Fix));
    }
    Out.Findings.push_back(std::move(F));
  }
  if (!ParseErrors.empty() && !Out.Failure) {
    Out.Failure = report::Failure{
        Unit.str(),
        llvm::formatv("does not parse ({0} error{1}); its findings may be "
                      "incomplete",
                      ParseErrors.size(), ParseErrors.size() == 1 ? "" : "s")
            .str(),
        std::move(ParseErrors)};
  }
}

} // namespace

llvm::Expected<std::unique_ptr<Runner>> Runner::create(RunnerOptions O,
                                                       llvm::StringRef Near) {
  std::unique_ptr<Runner> R(new Runner(std::move(O)));
  std::unique_ptr<CompilationDatabase> DB;
  std::string Err;
  if (!R->Options.BuildPath.empty()) {
    std::string P = absolutePath(R->Options.BuildPath);
    if (llvm::sys::fs::is_directory(P)) {
      DB = CompilationDatabase::loadFromDirectory(P, Err);
      R->DatabasePath = P + "/compile_commands.json";
    } else if (llvm::sys::fs::exists(P)) {
      DB = JSONCompilationDatabase::loadFromFile(
          P, Err, JSONCommandLineSyntax::AutoDetect);
      R->DatabasePath = P;
    } else {
      Err = "no such file or directory";
    }
    if (!DB)
      return error("cannot load the compilation database from '" +
                   R->Options.BuildPath + "': " + Err);
  } else {
    std::string Start = absolutePath(Near.empty() ? "." : Near);
    if (!llvm::sys::fs::is_directory(Start))
      Start = std::string(llvm::sys::path::parent_path(Start));
    DB = findDatabase(Start, R->DatabasePath);
    if (!DB)
      return error("no compile_commands.json in " + Start +
                   " or a parent directory (or their build/); pass -p "
                   "BUILD_DIR (CMake writes one with "
                   "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON)");
  }
  if (DB->getAllFiles().empty())
    return error("the compilation database " + R->DatabasePath +
                 " lists no file");
  DB = expandResponseFiles(std::move(DB), llvm::vfs::getRealFileSystem());
  DB = inferMissingCompileCommands(std::move(DB));
  R->Database = inferTargetAndDriverMode(std::move(DB));
  return R;
}

llvm::Expected<std::vector<std::string>>
Runner::select(llvm::ArrayRef<std::string> Paths) const {
  std::vector<std::string> All;
  for (const std::string &F : Database->getAllFiles())
    All.push_back(absolutePath(F));
  llvm::sort(All);
  All.erase(std::unique(All.begin(), All.end()), All.end());
  if (Paths.empty())
    return All;
  std::vector<std::string> Out;
  for (const std::string &P : Paths) {
    std::string A = absolutePath(P);
    if (!llvm::sys::fs::exists(A))
      return error("no such file or directory: " + P);
    if (!llvm::sys::fs::is_directory(A)) {
      Out.push_back(A);
      continue;
    }
    size_t Before = Out.size();
    for (const std::string &F : All)
      if (llvm::StringRef(F).starts_with(A + "/"))
        Out.push_back(F);
    if (Out.size() == Before)
      return error("the compilation database lists no file under " + P);
  }
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

std::vector<std::string> Runner::commandLine(const CompileCommand &C) const {
  std::vector<std::string> Args = C.CommandLine;
  for (const ArgumentsAdjuster &A :
       {getClangStripOutputAdjuster(), getClangSyntaxOnlyAdjuster(),
        getClangStripDependencyFileAdjuster(), getStripPluginsAdjuster()})
    Args = A(Args, C.Filename);
  // The build's own -fplugin= (the transit compiler plugin, say) is not
  // loaded into this process.
  std::vector<std::string> Kept;
  for (const std::string &Arg : Args) {
    llvm::StringRef A = Arg;
    if (A.starts_with("-fplugin=") || A.starts_with("-fplugin-arg-") ||
        A.starts_with("-fpass-plugin="))
      continue;
    Kept.push_back(Arg);
  }
  Args = std::move(Kept);
  auto Insert = Args.begin() + (Args.empty() ? 0 : 1);
  Args.insert(Insert, Options.ExtraArgsBefore.begin(),
              Options.ExtraArgsBefore.end());
  Args.insert(Args.end(), Options.ExtraArgs.begin(), Options.ExtraArgs.end());
  bool HasResourceDir = llvm::any_of(
      Args, [](llvm::StringRef A) { return A.starts_with("-resource-dir"); });
  if (!HasResourceDir && !Options.ResourceDir.empty() && !Args.empty())
    Args.insert(Args.begin() + 1, "-resource-dir=" + Options.ResourceDir);
  // Compiler warnings are not this tool's business, and -Werror must not
  // make one look like a file that does not parse.
  Args.push_back("-Wno-error");
  Args.push_back("-fno-caret-diagnostics"); // and no "N warnings generated."
  return Args;
}

std::vector<std::string>
Runner::includers(llvm::ArrayRef<std::string> Candidates,
                  const llvm::StringSet<> &Files) const {
  std::vector<char> Hit(Candidates.size(), 0);
  {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
    for (size_t I = 0; I < Candidates.size(); ++I)
      Pool.async([&, I] {
        if (Files.contains(Candidates[I])) {
          Hit[I] = 1;
          return;
        }
        for (const CompileCommand &C :
             Database->getCompileCommands(Candidates[I])) {
          auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
              llvm::vfs::createPhysicalFileSystem());
          FS->setCurrentWorkingDirectory(C.Directory);
          auto FM =
              llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), FS);
          llvm::StringSet<> Included;
          IgnoringDiagConsumer Quiet;
          ToolInvocation Inv(
              commandLine(C),
              std::make_unique<IncludesAction>(Included, C.Directory), FM.get(),
              std::make_shared<PCHContainerOperations>());
          Inv.setDiagnosticConsumer(&Quiet);
          llvm::CrashRecoveryContext CRC;
          CRC.RunSafely([&] { Inv.run(); });
          for (const auto &F : Included)
            if (Files.contains(F.getKey()))
              Hit[I] = 1;
        }
      });
    Pool.wait();
  }
  std::vector<std::string> Out;
  for (size_t I = 0; I < Candidates.size(); ++I)
    if (Hit[I])
      Out.push_back(Candidates[I]);
  return Out;
}

report::Run Runner::run(llvm::ArrayRef<std::string> Files, report::Sources &S,
                        const Progress &OnFile) const {
  report::Run Run;
  Run.Root = Options.Root;
  std::optional<ClangTidyOptions> Config;
  if (Options.Config) {
    // Checked by the caller (parseConfiguration); an error here is a bug.
    if (auto Parsed = parseConfiguration(
            llvm::MemoryBufferRef(*Options.Config, "<config>")))
      Config = std::move(*Parsed);
  }

  std::vector<UnitResult> Results(Files.size());
  std::mutex ProgressLock;
  unsigned Done = 0;
  auto Analyse = [&](size_t I) {
    const std::string &File = Files[I];
    UnitResult &Out = Results[I];
    std::vector<CompileCommand> Commands = Database->getCompileCommands(File);
    if (Commands.empty())
      Out.Failure = report::Failure{File, "has no compile command", {}};
    for (const CompileCommand &C : Commands) {
      ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
      Defaults.Checks = "-*,transit-*";
      // clang-tidy matches the header filter against paths as the compile
      // command spells them (often relative), so the default lets every
      // header through and findings outside the root are dropped below.
      Defaults.HeaderFilterRegex = DefaultHeaderFilter.str();
      ClangTidyOptions Overrides;
      Overrides.Checks = (Options.Checks.empty() ? "" : Options.Checks + ",") +
                         "-clang-analyzer-*";
      if (!Options.WarningsAsErrors.empty())
        Overrides.WarningsAsErrors = Options.WarningsAsErrors;
      if (Options.HeaderFilter)
        Overrides.HeaderFilterRegex = *Options.HeaderFilter;
      // Accepted carve-outs are always reported: they become suppressed
      // results.
      setForEveryCheck(Overrides, "ReportAcceptedCarveOuts");
      if (Options.ReportConnections)
        setForEveryCheck(Overrides, "ReportConnectionSites");
      // The unit's own file system, in its build directory: the compiler
      // sees file names relative to it, and so must the options provider
      // that finds their .clang-tidy files.
      auto FS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
          llvm::vfs::createPhysicalFileSystem());
      FS->setCurrentWorkingDirectory(C.Directory);
      std::unique_ptr<ClangTidyOptionsProvider> Provider;
      if (Config)
        Provider = std::make_unique<ConfigOptionsProvider>(
            ClangTidyGlobalOptions(), Defaults, *Config, Overrides, FS);
      else
        Provider = std::make_unique<FileOptionsProvider>(
            ClangTidyGlobalOptions(), Defaults, Overrides, FS);
      ClangTidyContext Context(std::move(Provider));
      ClangTidyDiagnosticConsumer Consumer(Context);
#if LLVM_VERSION_MAJOR >= 21
      auto DiagOpts = std::make_unique<DiagnosticOptions>();
      DiagnosticsEngine DE(DiagnosticIDs::create(), *DiagOpts, &Consumer,
                           /*ShouldOwnClient=*/false);
      Context.setDiagnosticsEngine(std::move(DiagOpts), &DE);
#else
      DiagnosticsEngine DE(llvm::makeIntrusiveRefCnt<DiagnosticIDs>(),
                           new DiagnosticOptions, &Consumer,
                           /*ShouldOwnClient=*/false);
      Context.setDiagnosticsEngine(&DE);
#endif
      // Reference-counted: the compiler instance holds on to it too.
      auto FM = llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), FS);
      TidyActionFactory Factory(Context, FS);
      // Per-file ExtraArgs of .clang-tidy, as clang-tidy adds them.
      ClangTidyOptions ForFile = Context.getOptionsForFile(File);
      std::vector<std::string> Args = commandLine(C);
      if (ForFile.ExtraArgsBefore)
        Args.insert(Args.begin() + (Args.empty() ? 0 : 1),
                    ForFile.ExtraArgsBefore->begin(),
                    ForFile.ExtraArgsBefore->end());
      if (ForFile.ExtraArgs)
        Args.insert(Args.end(), ForFile.ExtraArgs->begin(),
                    ForFile.ExtraArgs->end());
      ToolInvocation Inv(std::move(Args), &Factory, FM.get(),
                         std::make_shared<PCHContainerOperations>());
      Inv.setDiagnosticConsumer(&Consumer);
      bool Ok = false;
      llvm::CrashRecoveryContext CRC;
      if (!CRC.RunSafely([&] { Ok = Inv.run(); })) {
        Out.Failure = report::Failure{
            File,
            "the analysis crashed (a bug in transit-tidy: please report "
            "it with this file)",
            {}};
        continue;
      }
      size_t Before = Out.Findings.size(), KeptBefore = Out.Kept.size(),
             ConnectionsBefore = Out.Connections.size();
      convert(Consumer.take(), File, Out);
      if (!Options.HeaderFilter &&
          ForFile.HeaderFilterRegex.value_or("") == DefaultHeaderFilter) {
        std::string Under = Options.Root + "/";
        // What this unit added from headers outside the root.
        auto DropOutside = [&](std::vector<report::Finding> &List,
                               size_t From) {
          List.erase(
              std::remove_if(
                  List.begin() + From, List.end(),
                  [&](const report::Finding &F) {
                    return F.Where.File != File &&
                           !llvm::StringRef(F.Where.File).starts_with(Under);
                  }),
              List.end());
        };
        DropOutside(Out.Findings, Before);
        DropOutside(Out.Kept, KeptBefore);
        DropOutside(Out.Connections, ConnectionsBefore);
      }
      if (!Ok && !Out.Failure)
        Out.Failure = report::Failure{File, "its compile command failed", {}};
    }
    std::lock_guard<std::mutex> Guard(ProgressLock);
    ++Done;
    if (OnFile)
      OnFile(Done, Files.size(), File);
  };

  unsigned Jobs =
      llvm::hardware_concurrency(Options.Jobs).compute_thread_count();
  if (Jobs <= 1 || Files.size() <= 1) {
    for (size_t I = 0; I < Files.size(); ++I)
      Analyse(I);
  } else {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Options.Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] { Analyse(I); });
    Pool.wait();
  }

  // Merge: a finding in a header is reported by every unit including it.
  std::map<std::tuple<std::string, unsigned, std::string, std::string, bool>,
           size_t>
      Index;
  std::set<std::pair<std::string, unsigned>> KeptSeen;
  std::set<std::tuple<std::string, unsigned, std::string>> ConnectionsSeen;
  llvm::StringSet<> ConfigurationSeen;
  for (UnitResult &U : Results) {
    for (std::string &Problem : U.Configuration)
      if (ConfigurationSeen.insert(Problem).second)
        Run.ConfigurationProblems.push_back(std::move(Problem));
    for (report::Finding &K : U.Kept)
      if (KeptSeen.insert({K.Where.File, K.Where.Offset}).second)
        Run.KeptCarveOuts.push_back(std::move(K));
    for (report::Finding &C : U.Connections)
      if (ConnectionsSeen.insert({C.Where.File, C.Where.Offset, C.Check})
              .second)
        Run.Connections.push_back(std::move(C));
    bool Failed = U.Failure.has_value();
    if (U.Failure)
      Run.Failures.push_back(std::move(*U.Failure));
    for (report::Finding &F : U.Findings) {
      F.FromUnparsedOnly = Failed;
      auto Key = std::make_tuple(F.Where.File, F.Where.Offset, F.Check,
                                 F.Message, F.accepted());
      auto [It, New] = Index.try_emplace(Key, Run.Findings.size());
      if (New) {
        Run.Findings.push_back(std::move(F));
        continue;
      }
      report::Finding &Kept = Run.Findings[It->second];
      Kept.FromUnparsedOnly &= Failed;
      for (std::vector<report::Edit> &Fix : F.Fixes)
        if (llvm::find(Kept.Fixes, Fix) == Kept.Fixes.end())
          Kept.Fixes.push_back(std::move(Fix));
      if (F.Severity == report::Level::Error)
        Kept.Severity = report::Level::Error;
    }
  }
  // Merged findings differ in one of these: a total order, the same on
  // every run whatever the threads did.
  auto Key = [](const report::Finding &F) {
    return std::make_tuple(llvm::StringRef(F.Where.File), F.Where.Offset,
                           llvm::StringRef(F.Check), llvm::StringRef(F.Message),
                           F.accepted());
  };
  llvm::sort(Run.Findings,
             [&](const report::Finding &A, const report::Finding &B) {
               return Key(A) < Key(B);
             });
  auto ByPlace = [](const report::Finding &A, const report::Finding &B) {
    return std::tie(A.Where.File, A.Where.Offset, A.Check, A.Message) <
           std::tie(B.Where.File, B.Where.Offset, B.Check, B.Message);
  };
  llvm::sort(Run.KeptCarveOuts, ByPlace);
  llvm::sort(Run.Connections, ByPlace);
  llvm::sort(Run.Failures,
             [](const report::Failure &A, const report::Failure &B) {
               return A.File < B.File;
             });
  Run.FilesAnalysed = Files.size();
  S.resolve(Run);
  return Run;
}

} // namespace transit::driver
