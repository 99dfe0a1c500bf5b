//===- UnverifiedPeerCheck.h - transit-unverified-peer ----------*- C++ -*-===//
#ifndef TRANSIT_CHECKS_UNVERIFIEDPEERCHECK_H
#define TRANSIT_CHECKS_UNVERIFIEDPEERCHECK_H

#include "transit/SiteCheck.h"

namespace transit {

/// Flags TLS that does not authenticate the peer (certificate or host-name
/// verification turned off). Authentication is never carved out: a ZFN-3
/// carve-out next to such a site does not silence it.
///
/// Docs: docs/checks/transit-unverified-peer.md
class UnverifiedPeerCheck : public SiteCheck {
public:
  UnverifiedPeerCheck(llvm::StringRef Name,
                      clang::tidy::ClangTidyContext *Context)
      : SiteCheck(Name, Context, CarveOutRule::NeverApplies) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
};

} // namespace transit

#endif // TRANSIT_CHECKS_UNVERIFIEDPEERCHECK_H
