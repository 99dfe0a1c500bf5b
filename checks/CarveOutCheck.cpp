//===- CarveOutCheck.cpp - transit-carve-out ------------------------------===//
//
// At the end of each translation unit, every comment block in the user's
// files is parsed with the carve-out grammar (lib/core/CarveOut.cpp) and
// judged by the sites the site checks recorded next to it; every NOLINT is
// read as clang-tidy reads it (lib/core/NoLint.cpp) and judged by the sites
// it silences.
//
//===----------------------------------------------------------------------===//
#include "CarveOutCheck.h"

#include "TransitCheckHeaders.inc" // generated from Checks.def by CMake
#include "TransitModule.h"
#include "transit/CarveOut.h"
#include "transit/CommentAdjacency.h"
#include "transit/NoLint.h"
#include "transit/Prose.h"
#include "transit/Reporting.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <type_traits>

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

/// Adds a collect-only instance of \p Class when it is a site check that is
/// not enabled.
template <typename Class>
void addCollector(std::vector<std::unique_ptr<SiteCheck>> &Collectors,
                  llvm::StringRef Name, tidy::ClangTidyContext *Context) {
  if constexpr (std::is_base_of_v<SiteCheck, Class>) {
    if (Context->isCheckEnabled(Name))
      return;
    auto Inner = std::make_unique<Class>(Name, Context);
    Inner->collectOnly();
    Collectors.push_back(std::move(Inner));
  }
}

} // namespace

CarveOutCheck::CarveOutCheck(llvm::StringRef Name,
                             tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), TidyContext(Context),
      CheckName(Name.str()),
      Marker(Options.getLocalOrGlobal("CarveOutMarker", DefaultCarveOutMarker)),
      AllowNolint(Options.get("AllowNolint", false)),
      ReportKept(Options.getLocalOrGlobal("ReportAcceptedCarveOuts", false)) {
  if (!isValidMarker(Marker))
    Marker = DefaultCarveOutMarker.str(); // the site checks say so already
  SiteCollector::attach(Context, &Collector);
  // The site checks that are off still find their sites, silently.
#define TRANSIT_CHECK(Class, CheckName)                                        \
  addCollector<Class>(Collectors, CheckName, Context);
#include "Checks.def"
}

CarveOutCheck::~CarveOutCheck() {
  SiteCollector::detach(TidyContext, &Collector);
}

void CarveOutCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CarveOutMarker", Marker);
  Options.store(Opts, "AllowNolint", AllowNolint);
  Options.store(Opts, "ReportAcceptedCarveOuts", ReportKept);
}

void CarveOutCheck::registerPPCallbacks(const SourceManager &SM,
                                        Preprocessor *PP,
                                        Preprocessor *ModuleExpanderPP) {
  Pass =
      UserCodePass::of(*PP, TidyContext->getEnableProfiling(),
                       TidyContext->getOptions().SystemHeaders.value_or(false));
  for (auto &Inner : Collectors)
    Inner->registerPPCallbacks(SM, PP, ModuleExpanderPP);
}

void CarveOutCheck::registerMatchers(MatchFinder *Finder) {
  diagnoseUnknownOptions(*this, CheckName, *TidyContext);
  for (auto &Inner : Collectors)
    Inner->registerMatchers(Finder);
  // Only to be told the translation unit's ASTContext.
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

void CarveOutCheck::check(const MatchFinder::MatchResult &Result) {
  AST = Result.Context;
}

void CarveOutCheck::onStartOfTranslationUnit() {
  Collector.clear();
  AST = nullptr;
}

void CarveOutCheck::onEndOfTranslationUnit() {
  if (!AST || !Pass)
    return;
  const SourceManager &SM = AST->getSourceManager();
  for (FileID File : Pass->comments().files()) { // user files only
    checkCarveOuts(File, SM);
    if (!AllowNolint)
      checkNoLints(File, SM);
  }
}

void CarveOutCheck::checkCarveOuts(FileID File, const SourceManager &SM) {
  bool Invalid = false;
  llvm::StringRef Text = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return;
  BufferComments Buffer(Text, Pass->comments().commentsIn(File));
  for (CommentBlock Block : Buffer.allBlocks()) {
    CarveOut Parsed = parseCarveOut(Buffer.text(Block), Marker);
    if (Parsed.K == CarveOut::Kind::Absent)
      continue;
    SourceLocation Loc = SM.getComposedLoc(File, Buffer.beginOffset(Block) +
                                                     Parsed.MarkerOffset);
    if (Parsed.isMalformed()) {
      diag(Loc, (MalformedCarveOutPrefix +
                 "%0; it excuses nothing until it follows the grammar '%1 "
                 "<network-perimeter guarantee>; <threat-model justification>'")
                    .str())
          << Parsed.describeProblem(Marker) << Marker;
      continue;
    }
    auto Sites = Collector.sitesOf(Loc);
    if (Sites.empty() && Collector.considered(Loc)) {
      // Next to a site no check could judge: it may be needed. The audit
      // lists it (transit/Reporting.h).
      if (ReportKept) {
        diag(Loc,
             (KeptRemarkPrefix + "%0 (no check could judge the site)").str(),
             DiagnosticIDs::Remark)
            << Parsed.Guarantee;
        diag(Loc, (CarveOutNotePrefix + "%0; %1").str(), DiagnosticIDs::Note)
            << Parsed.Guarantee << Parsed.Justification;
      }
      continue;
    }
    if (Sites.empty()) {
      diag(Loc, (StaleCarveOutPrefix +
                 ": nothing it is attached to sends traffic unencrypted (the "
                 "site became secure, moved, or the comment is misplaced); "
                 "remove it or move it to the site it is for")
                    .str());
      continue;
    }
    // It does its job if one site it sits on may be carved out.
    std::vector<std::string> Never, External;
    std::string Destination;
    bool Covers = false;
    for (const SiteRecord *Site : Sites) {
      if (!Site->CarveOutApplies) {
        if (!llvm::is_contained(Never, Site->Check))
          Never.push_back(Site->Check);
      } else if (Site->ExternalDestination) {
        External.push_back(Site->Check);
        Destination = Site->Destination;
      } else {
        Covers = true;
      }
    }
    if (Covers)
      continue;
    if (!External.empty())
      diag(Loc, (ExternalCarveOutPrefix +
                 "%0', an external destination (not in InternalHostPatterns): "
                 "external traffic is never carved out; use TLS")
                    .str())
          << Destination;
    else
      diag(Loc, (RefusedCarveOutPrefix +
                 "%0 site, which no carve-out can excuse: a carve-out covers "
                 "transport encryption inside a perimeter, never "
                 "authentication or weak TLS; fix the site and remove the "
                 "comment")
                    .str())
          << joinInProse(Never);
  }
}

void CarveOutCheck::checkNoLints(FileID File, const SourceManager &SM) {
  bool Invalid = false;
  llvm::StringRef Text = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return;
  // The directives of this file, in order, with their absolute offsets.
  struct Found {
    NoLintDirective D;
    unsigned Offset;
  };
  std::vector<Found> All;
  for (const CommentSpan &C : Pass->comments().commentsIn(File))
    for (NoLintDirective D :
         findNoLints(Text.slice(C.Begin, std::min<size_t>(C.End, Text.size()))))
      All.push_back({D, C.Begin + static_cast<unsigned>(D.Offset)});

  auto LineOf = [&](unsigned Offset) { return SM.getLineNumber(File, Offset); };
  // The transit sites of this file, by line.
  struct SiteLine {
    const SiteRecord *Site;
    unsigned Line;
  };
  std::vector<SiteLine> Sites;
  for (const SiteRecord &Site : Collector.sites()) {
    SourceLocation L = SM.getExpansionLoc(Site.Loc);
    auto [SiteFile, Offset] = SM.getDecomposedLoc(L);
    if (SiteFile == File)
      Sites.push_back({&Site, LineOf(Offset)});
  }

  for (size_t I = 0; I < All.size(); ++I) {
    const NoLintDirective &D = All[I].D;
    if (D.K == NoLintDirective::Kind::End)
      continue;
    std::vector<std::string> Covered;
    for (llvm::StringRef Name : allCheckNames())
      if (Name != "transit-carve-out" && D.covers(Name))
        Covered.push_back(Name.str());
    if (Covered.empty())
      continue;
    unsigned First = LineOf(All[I].Offset), Last = First;
    if (D.K == NoLintDirective::Kind::NextLine) {
      First = Last = First + 1;
    } else if (D.K == NoLintDirective::Kind::Begin) {
      Last = ~0u; // to the end of the file when unmatched
      for (size_t J = I + 1; J < All.size(); ++J)
        if (All[J].D.K == NoLintDirective::Kind::End &&
            All[J].D.Checks == D.Checks) {
          Last = LineOf(All[J].Offset);
          break;
        }
    }
    std::vector<std::string> Silenced;
    for (const SiteLine &S : Sites)
      if (S.Line >= First && S.Line <= Last &&
          llvm::is_contained(Covered, S.Site->Check) &&
          !llvm::is_contained(Silenced, S.Site->Check))
        Silenced.push_back(S.Site->Check);
    // A bare NOLINT or `*` silences transit checks only where they report.
    if (Silenced.empty() && !D.namesTransitChecks())
      continue;
    std::string Spelled = D.Checks
                              ? (D.spelling() + "(" + *D.Checks + ")").str()
                              : D.spelling().str();
    // A NOLINT on its own line would hide this report too; clang-tidy never
    // suppresses errors.
    bool HidesItself =
        D.K == NoLintDirective::Kind::Line && D.covers("transit-carve-out");
    SourceLocation Loc = SM.getComposedLoc(File, All[I].Offset);
    if (Silenced.empty())
      diag(Loc,
           "'%0' names transit checks (%1) but silences nothing here; a "
           "NOLINT is no justification an audit can see: remove it",
           HidesItself ? DiagnosticIDs::Error : DiagnosticIDs::Warning)
          << Spelled
          << joinInProse(Covered.size() > 3
                             ? std::vector<std::string>{"transit-*"}
                             : Covered);
    else
      diag(Loc,
           "'%0' silences %1 with no justification an audit can see; fix the "
           "site, or for plaintext inside a perimeter write a '%2 "
           "<network-perimeter guarantee>; <threat-model justification>' "
           "comment instead",
           HidesItself ? DiagnosticIDs::Error : DiagnosticIDs::Warning)
          << Spelled << joinInProse(Silenced) << Marker;
  }
}

} // namespace transit
