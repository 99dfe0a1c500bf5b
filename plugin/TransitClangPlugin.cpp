//===- TransitClangPlugin.cpp - The transit checks inside the compiler ----===//
//
//   clang++ -fplugin=libTransitClang.so [-fplugin-arg-transit-<arg>...] ...
//
// Runs the checks of checks/Checks.def during a normal compile, configured
// like clang-tidy (.clang-tidy files, or the plugin arguments below), and
// reports through the compiler's diagnostics: same messages, NOLINT honoured
// exactly as clang-tidy honours it, fix-its visible with
// -fdiagnostics-parseable-fixits, warnings promoted by -Werror.
//
//===----------------------------------------------------------------------===//
#include "TransitModule.h"
#include "transit/UserCode.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang;
using namespace clang::tidy;

namespace transit {
namespace {

constexpr llvm::StringLiteral Usage =
    "arguments of the transit plugin (-fplugin-arg-transit-<argument>):\n"
    "  checks=<globs>              checks to run, as clang-tidy's -checks "
    "(default: transit-* and what .clang-tidy files say)\n"
    "  config=<yaml>               configuration, as clang-tidy's -config\n"
    "  config-file=<path>          read the configuration from a file\n"
    "  option=<name>=<value>       set one check option, e.g. "
    "option=transit-insecure-grpc.ChannelCredentialsHeader=<a.h>\n"
    "  warnings-as-errors=<globs>  as clang-tidy's -warnings-as-errors\n"
    "  help                        print this text";

/// Takes the checks' diagnostics (emitted into a private engine, as
/// clang-tidy's checks expect), drops those a NOLINT comment suppresses, and
/// re-emits the rest into the compiler's engine at the level the compiler's
/// flags call for, in source order (as clang-tidy prints them) once the
/// translation unit has been checked.
class ForwardingConsumer : public DiagnosticConsumer {
public:
  ForwardingConsumer(ClangTidyContext &Context, DiagnosticsEngine &Compiler)
      : Context(Context), Compiler(Compiler) {}

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (DroppingNotes && Level == DiagnosticsEngine::Note)
      return;
    DroppingNotes = false;
    SmallVector<tooling::Diagnostic, 1> NoLintErrors;
    bool Suppressed =
        Context.shouldSuppressDiagnostic(Level, Info, NoLintErrors);
    for (const tooling::Diagnostic &Error : NoLintErrors)
      reportNoLintError(Error);
    if (Suppressed) {
      DroppingNotes = true;
      return;
    }
    if (Level == DiagnosticsEngine::Warning) {
      // The compiler's conventions for warnings: none from a system header
      // unless -Wsystem-headers (or clang-tidy's SystemHeaders option).
      bool InSystemHeader =
          Info.getDiags()->getSuppressSystemWarnings() &&
          !Context.getOptions().SystemHeaders.value_or(false) &&
          Info.getLocation().isValid() && Info.hasSourceManager() &&
          Info.getSourceManager().isInSystemHeader(
              Info.getSourceManager().getExpansionLoc(Info.getLocation()));
      if (InSystemHeader || Compiler.getIgnoreAllWarnings()) {
        DroppingNotes = true;
        return;
      }
      if (Compiler.getWarningsAsErrors() ||
          Context.treatAsError(Context.getCheckName(Info.getID())))
        Level = DiagnosticsEngine::Error;
    }
    SmallString<256> Message;
    Info.FormatDiagnostic(Message);
    if (Level == DiagnosticsEngine::Note) {
      // clang-tidy names the check on the warning only.
      std::string Suffix = " [" + Context.getCheckName(Info.getID()) + "]";
      if (Message.str().ends_with(Suffix))
        Message.resize(Message.size() - Suffix.size());
    }
    Pending D{Level,
              Info.getLocation(),
              std::string(Message.str()),
              {Info.getRanges().begin(), Info.getRanges().end()},
              {Info.getFixItHints().begin(), Info.getFixItHints().end()}};
    if (Level == DiagnosticsEngine::Note && !Groups.empty())
      Groups.back().push_back(std::move(D));
    else
      Groups.push_back({std::move(D)});
  }

  /// Emits what was collected, ordered by the location of each warning.
  void flush() {
    SourceManager &SM = Compiler.getSourceManager();
    std::vector<size_t> Order(Groups.size());
    for (size_t I = 0; I < Order.size(); ++I)
      Order[I] = I;
    auto Before = [&](size_t A, size_t B) {
      SourceLocation L = Groups[A].front().Loc, R = Groups[B].front().Loc;
      if (L.isValid() && R.isValid()) {
        L = SM.getExpansionLoc(L);
        R = SM.getExpansionLoc(R);
        if (L != R)
          return SM.isBeforeInTranslationUnit(L, R);
      } else if (L.isValid() != R.isValid()) {
        return L.isInvalid(); // messages without a location first
      }
      return A < B; // otherwise in the order they were reported
    };
    std::sort(Order.begin(), Order.end(), Before);
    for (size_t I : Order)
      for (const Pending &D : Groups[I]) {
        DiagnosticBuilder Out = Compiler.Report(D.Loc, idFor(D.Level))
                                << D.Message;
        for (const CharSourceRange &Range : D.Ranges)
          Out << Range;
        for (const FixItHint &Fix : D.Fixes)
          Out << Fix;
      }
    Groups.clear();
  }

private:
  struct Pending {
    DiagnosticsEngine::Level Level;
    SourceLocation Loc;
    std::string Message;
    std::vector<CharSourceRange> Ranges;
    std::vector<FixItHint> Fixes;
  };

  unsigned idFor(DiagnosticsEngine::Level Level) {
    switch (Level) {
    case DiagnosticsEngine::Note:
      return Compiler.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    case DiagnosticsEngine::Remark:
      return Compiler.getCustomDiagID(DiagnosticsEngine::Remark, "%0");
    case DiagnosticsEngine::Warning:
      return Compiler.getCustomDiagID(DiagnosticsEngine::Warning, "%0");
    default:
      return Compiler.getCustomDiagID(DiagnosticsEngine::Error, "%0");
    }
  }

  /// A malformed NOLINT (e.g. NOLINTBEGIN without NOLINTEND) is an error, as
  /// in clang-tidy.
  void reportNoLintError(const tooling::Diagnostic &Error) {
    SourceLocation Loc;
    SourceManager &SM = Compiler.getSourceManager();
    if (auto File =
            SM.getFileManager().getOptionalFileRef(Error.Message.FilePath))
      Loc = SM.getComposedLoc(SM.getOrCreateFileID(*File, SrcMgr::C_User),
                              Error.Message.FileOffset);
    Groups.push_back(
        {Pending{DiagnosticsEngine::Error,
                 Loc,
                 Error.Message.Message + " [" + Error.DiagnosticName + "]",
                 {},
                 {}}});
  }

  ClangTidyContext &Context;
  DiagnosticsEngine &Compiler;
  bool DroppingNotes = false;
  std::vector<std::vector<Pending>> Groups;
};

class TransitPluginAction : public PluginASTAction {
  /// Keeps the context and the checks' private engine alive as long as the
  /// consumer that runs the checks.
  class OwningConsumer : public MultiplexConsumer {
  public:
    OwningConsumer(std::unique_ptr<ClangTidyContext> Context,
                   std::unique_ptr<DiagnosticsEngine> Diags,
                   ForwardingConsumer &Forwarder,
                   std::unique_ptr<ASTConsumer> Checks)
        : MultiplexConsumer(consumers(std::move(Checks))),
          Context(std::move(Context)), Diags(std::move(Diags)),
          Forwarder(Forwarder) {}

    void HandleTranslationUnit(ASTContext &Ctx) override {
      {
        // Only transit checks live in this clang-tidy: its MatchFinder
        // holds nothing but their triggers, which need no system header.
        std::optional<UserCodeScope> Scope;
        if (!Context->getOptions().SystemHeaders.value_or(false))
          Scope.emplace(Ctx);
        MultiplexConsumer::HandleTranslationUnit(Ctx); // runs the checks
      }
      Forwarder.flush();
    }

  private:
    static std::vector<std::unique_ptr<ASTConsumer>>
    consumers(std::unique_ptr<ASTConsumer> C) {
      std::vector<std::unique_ptr<ASTConsumer>> V;
      V.push_back(std::move(C));
      return V;
    }
    std::unique_ptr<ClangTidyContext> Context;
    std::unique_ptr<DiagnosticsEngine> Diags;
    ForwardingConsumer &Forwarder;
  };

  /// \p V without one pair of quotes around it.
  static StringRef unquote(StringRef V) {
    if (V.size() >= 2 && (V.front() == '\'' || V.front() == '"') &&
        V.back() == V.front())
      return V.drop_front().drop_back();
    return V;
  }

  /// A glob list for checks= or warnings-as-errors=: a quote inside it is an
  /// error (it would match nothing, silently), and a transit glob that
  /// names no transit check gets a warning (a misspelt check is off).
  static bool checkGlobs(DiagnosticsEngine &D, StringRef Globs) {
    SmallVector<StringRef, 8> Parts;
    Globs.split(Parts, ',', -1, /*KeepEmpty=*/false);
    for (StringRef Glob : Parts) {
      Glob = Glob.trim();
      if (Glob.contains('\'') || Glob.contains('"')) {
        D.Report(D.getCustomDiagID(DiagnosticsEngine::Error,
                                   "transit plugin: the check glob '%0' has a "
                                   "quote in it; write the globs without "
                                   "quotes, e.g. checks=-*,transit-*"))
            << Glob;
        return false;
      }
      StringRef Positive = Glob.starts_with("-") ? Glob.drop_front() : Glob;
      if (!Positive.starts_with("transit"))
        continue;
      GlobList Pattern(Positive);
      if (llvm::none_of(allCheckNames(),
                        [&](StringRef Name) { return Pattern.contains(Name); }))
        D.Report(D.getCustomDiagID(DiagnosticsEngine::Warning,
                                   "transit plugin: the check glob '%0' "
                                   "matches no transit check"))
            << Glob;
    }
    return true;
  }

public:
  ActionType getActionType() override { return AddBeforeMainAction; }

  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    DiagnosticsEngine &D = CI.getDiagnostics();
    auto Fail = [&](const Twine &Message) {
      D.Report(
          D.getCustomDiagID(DiagnosticsEngine::Error, "transit plugin: %0"))
          << Message.str();
      return false;
    };
    for (StringRef Arg : Args) {
      auto [Key, Value] = Arg.split('=');
      // Build files often pass quotes the shell would have taken away.
      Value = unquote(Value);
      if (Arg == "help") {
        llvm::errs() << Usage << "\n";
      } else if (Key == "checks" && Arg.contains('=')) {
        if (!checkGlobs(D, Value))
          return false;
        Checks = Value.str();
      } else if (Key == "warnings-as-errors" && Arg.contains('=')) {
        if (!checkGlobs(D, Value))
          return false;
        Override.WarningsAsErrors = Value.str();
      } else if (Key == "option" && Value.contains('=')) {
        auto [Name, OptionValue] = Value.split('=');
        // <check>.<option>, or an <option> every check reads.
        if (Name.empty() || Name.starts_with(".") || Name.ends_with(".") ||
            Name.contains('\'') || Name.contains('"'))
          return Fail("option '" + Value +
                      "': expected [<check>.]<option>=<value>, e.g. "
                      "option=transit-insecure-grpc.ChannelCredentialsHeader="
                      "<a.h>");
        Override.CheckOptions.insert_or_assign(
            Name, ClangTidyOptions::ClangTidyValue(unquote(OptionValue)));
      } else if ((Key == "config" || Key == "config-file") &&
                 Arg.contains('=')) {
        std::unique_ptr<llvm::MemoryBuffer> Buffer;
        if (Key == "config") {
          Buffer = llvm::MemoryBuffer::getMemBufferCopy(Value, "<config>");
        } else if (auto File = llvm::MemoryBuffer::getFile(Value)) {
          Buffer = std::move(*File);
        } else {
          return Fail("cannot read config-file '" + Value +
                      "': " + File.getError().message());
        }
        auto Parsed = parseConfiguration(Buffer->getMemBufferRef());
        if (!Parsed)
          return Fail("invalid configuration in " + Key + ": " +
                      Parsed.getError().message());
        Config = std::move(*Parsed);
      } else {
        return Fail("unknown argument '" + Arg + "'\n" + Usage);
      }
    }
    return true;
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef File) override {
    ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
    Defaults.Checks = "-*,transit-*";
    ClangTidyOptions Overrides = Override;
    // Only transit checks live in this plugin; never start the analyzer.
    Overrides.Checks = (Checks ? *Checks + "," : "") + "-clang-analyzer-*";
    std::unique_ptr<ClangTidyOptionsProvider> Provider;
    if (Config)
      Provider = std::make_unique<ConfigOptionsProvider>(
          ClangTidyGlobalOptions(), Defaults, *Config, Overrides);
    else
      Provider = std::make_unique<FileOptionsProvider>(ClangTidyGlobalOptions(),
                                                       Defaults, Overrides);
    auto Context = std::make_unique<ClangTidyContext>(std::move(Provider));

    auto *Forwarder = new ForwardingConsumer(*Context, CI.getDiagnostics());
#if LLVM_VERSION_MAJOR >= 21
    // The context owns the options; the engine refers to them.
    auto DiagOpts = std::make_unique<DiagnosticOptions>();
    auto Diags = std::make_unique<DiagnosticsEngine>(DiagnosticIDs::create(),
                                                     *DiagOpts, Forwarder,
                                                     /*ShouldOwnClient=*/true);
    Context->setDiagnosticsEngine(std::move(DiagOpts), Diags.get());
#else
    auto Diags = std::make_unique<DiagnosticsEngine>(
        llvm::makeIntrusiveRefCnt<DiagnosticIDs>(), new DiagnosticOptions,
        Forwarder, /*ShouldOwnClient=*/true);
    Context->setDiagnosticsEngine(Diags.get());
#endif

    ClangTidyASTConsumerFactory Factory(*Context);
    std::unique_ptr<ASTConsumer> Checks = Factory.createASTConsumer(CI, File);
    if (!llvm::any_of(allCheckNames(), [&](StringRef Name) {
          return Context->isCheckEnabled(Name);
        })) {
      DiagnosticsEngine &D = CI.getDiagnostics();
      D.Report(D.getCustomDiagID(
          DiagnosticsEngine::Warning,
          "transit plugin: no transit check is enabled for %0 (checks: '%1'); "
          "pass -fplugin-arg-transit-checks=transit-*"))
          << File << Context->getOptions().Checks.value_or("");
    }
    return std::make_unique<OwningConsumer>(
        std::move(Context), std::move(Diags), *Forwarder, std::move(Checks));
  }

private:
  std::optional<std::string> Checks;
  std::optional<ClangTidyOptions> Config;
  ClangTidyOptions Override;
};

} // namespace
} // namespace transit

static FrontendPluginRegistry::Add<transit::TransitPluginAction>
    TransitPluginRegistration("transit", "ZFN-3 encryption-in-transit checks");
