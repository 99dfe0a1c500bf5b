//===- UnverifiedPeerCheck.h - transit-unverified-peer ----------*- C++ -*-===//
#ifndef TRANSIT_CHECKS_UNVERIFIEDPEERCHECK_H
#define TRANSIT_CHECKS_UNVERIFIEDPEERCHECK_H

#include "transit/HandleUse.h"
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
      : SiteCheck(Name, Context, CarveOutRule::NeverApplies),
        RequireHostNameCheck(Options.get("RequireHostNameCheck", false)) {}
  void registerSiteMatchers(SiteMatchers &Sites) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    SiteCheck::storeOptions(Opts);
    Options.store(Opts, "RequireHostNameCheck", RequireHostNameCheck);
  }

private:
  using MatchResult = clang::ast_matchers::MatchFinder::MatchResult;

  void checkCurl(const MatchResult &Result, const clang::CallExpr *Call);
  void checkFunctionCall(const MatchResult &Result,
                         const clang::CallExpr *Call);
  void checkMethodCall(const MatchResult &Result,
                       const clang::CXXMemberCallExpr *Call);
  void checkMongoUri(const MatchResult &Result, const clang::Expr *Site,
                     llvm::StringRef Api, const clang::Expr *Arg);
  /// `weak_cert_validation` / `allow_invalid_hostname` set to \p Value.
  void checkMongoSslField(const MatchResult &Result, llvm::StringRef Name,
                          const clang::Expr *Value);
  void checkMongoSslInit(const MatchResult &Result,
                         const clang::InitListExpr *Init);
  void checkKafkaProperty(const MatchResult &Result, const clang::Expr *Site,
                          const KafkaProperty &Set);
  void checkMysqlOption(const MatchResult &Result, const clang::CallExpr *Call);
  void checkPocoContext(const MatchResult &Result,
                        const clang::CXXConstructExpr *Construct);
  void checkPocoParams(const MatchResult &Result,
                       const clang::BinaryOperator *Assign);
  void checkOpenSslCallback(const MatchResult &Result,
                            const clang::CallExpr *Call,
                            const clang::Expr *Callback);
  void checkAsioCallback(const MatchResult &Result,
                         const clang::CXXMemberCallExpr *Call);
  void checkAcceptAll(const MatchResult &Result, const clang::Expr *Site);
  void checkGrpcDontVerify(const MatchResult &Result,
                           const clang::DeclRefExpr *Ref);
  void checkGrpcVerifier(const MatchResult &Result,
                         const clang::CXXMethodDecl *Verify);
  void checkPeerCertificate(const MatchResult &Result,
                            const clang::CallExpr *Call);
  void checkConnect(const MatchResult &Result, const clang::CallExpr *Call);
  void checkCurlppOption(const MatchResult &Result, const CurlppOption &Option);
  void checkOdbcTrust(const MatchResult &Result,
                      const ConnectionStringSite &Conn);
  void checkLwsFlags(const MatchResult &Result,
                     const clang::BinaryOperator *Assign);
  void checkQtCall(const MatchResult &Result,
                   const clang::CXXMemberCallExpr *Call);
  void checkGnutlsHandshake(const MatchResult &Result,
                            const clang::CallExpr *Call);
  void checkGnutlsCallback(const MatchResult &Result,
                           const clang::CallExpr *Call);

  /// Also report an OpenSSL client that verifies the chain but never checks
  /// the host name (option RequireHostNameCheck, default off).
  const bool RequireHostNameCheck;
};

} // namespace transit

#endif // TRANSIT_CHECKS_UNVERIFIEDPEERCHECK_H
