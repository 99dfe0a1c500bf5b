//===- CarveOutCheck.h - transit-carve-out ----------------------*- C++ -*-===//
#ifndef TRANSIT_CHECKS_CARVEOUTCHECK_H
#define TRANSIT_CHECKS_CARVEOUTCHECK_H

#include "transit/SiteCheck.h"
#include "transit/SiteCollector.h"
#include "transit/UserCode.h"

#include "clang-tidy/ClangTidyCheck.h"
#include <memory>
#include <vector>

namespace transit {

/// Checks the carve-out comments themselves: malformed markers, carve-outs
/// that guard no insecure site (stale or misplaced), carve-outs on sites they
/// can never cover (authentication, weak TLS, external destinations), and
/// NOLINT comments that silence transit checks without a visible reason.
///
/// Sites are what the site checks find, whichever of them are enabled: the
/// disabled ones run here in collect-only mode.
///
/// Docs: docs/checks/transit-carve-out.md
class CarveOutCheck : public clang::tidy::ClangTidyCheck {
public:
  CarveOutCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  ~CarveOutCheck() override;

  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void checkCarveOuts(clang::FileID File, const clang::SourceManager &SM);
  void checkNoLints(clang::FileID File, const clang::SourceManager &SM);

  clang::tidy::ClangTidyContext *const TidyContext;
  const std::string CheckName;
  std::string Marker;
  const bool AllowNolint;
  /// ReportAcceptedCarveOuts: also report carve-outs kept next to sites no
  /// check could judge, as remarks (for the audit).
  const bool ReportKept;
  SiteCollector Collector;
  /// The site checks that are not enabled, collecting only.
  std::vector<std::unique_ptr<SiteCheck>> Collectors;
  /// The pass the site checks share: its comments are those judged here.
  std::shared_ptr<UserCodePass> Pass;
  clang::ASTContext *AST = nullptr;
};

} // namespace transit

#endif // TRANSIT_CHECKS_CARVEOUTCHECK_H
