//===- WeakTlsCheck.h - transit-weak-tls ------------------------*- C++ -*-===//
#ifndef TRANSIT_CHECKS_WEAKTLSCHECK_H
#define TRANSIT_CHECKS_WEAKTLSCHECK_H

#include "transit/SiteCheck.h"

namespace transit {

/// Flags TLS that is too weak to count as encryption: protocol versions
/// below TLS 1.2, cipher lists that enable NULL, anonymous, export, RC4,
/// DES, 3DES, MD5 or non-forward-secret suites, and RSA keys below 2048
/// bits. A carve-out never covers it: it excuses plaintext inside a
/// perimeter, not encryption that only looks like encryption.
///
/// Docs: docs/checks/transit-weak-tls.md
class WeakTlsCheck : public SiteCheck {
public:
  WeakTlsCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : SiteCheck(Name, Context, CarveOutRule::NeverApplies) {}
  void registerSiteMatchers(SiteMatchers &Sites) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  using MatchResult = clang::ast_matchers::MatchFinder::MatchResult;

  void checkFunctionCall(const MatchResult &Result,
                         const clang::CallExpr *Call);
  void checkProtoVersion(const MatchResult &Result, const clang::CallExpr *Call,
                         llvm::StringRef Api, bool Minimum,
                         const clang::Expr *Value);
  void checkCipherList(const MatchResult &Result, const clang::Expr *Site,
                       llvm::StringRef Api, const clang::Expr *List);
  /// A method that speaks only \p Version (below TLS 1.2): its
  /// flexible \p Replacement, with \p Floor saying how to set a minimum.
  void reportFixedVersionMethod(const MatchResult &Result,
                                const clang::CallExpr *Call,
                                llvm::StringRef Version,
                                llvm::StringRef Replacement,
                                llvm::StringRef Floor);
  void checkTlsLibraryCall(const MatchResult &Result,
                           const clang::CallExpr *Call);
  void checkQtProtocol(const MatchResult &Result,
                       const clang::CXXMemberCallExpr *Call);
  void checkMosquittoTlsOpts(const MatchResult &Result,
                             const clang::CallExpr *Call);
  void checkMbedTlsVersion(const MatchResult &Result,
                           const clang::CallExpr *Call, llvm::StringRef Api);
  void checkGnutlsPriorities(const MatchResult &Result,
                             const clang::CallExpr *Call, llvm::StringRef Api,
                             const clang::Expr *Priorities);
  void checkRsaBits(const MatchResult &Result, const clang::CallExpr *Call,
                    llvm::StringRef Api, const clang::Expr *Bits);
  void checkCurl(const MatchResult &Result, const clang::CallExpr *Call);
  void checkAsioContext(const MatchResult &Result, const clang::Expr *Site,
                        const clang::Expr *Method);
  void checkPocoContext(const MatchResult &Result,
                        const clang::CXXConstructExpr *Construct);
  /// A context made with a method that accepts every version the library
  /// allows (SSLv23_method, Asio's `tls`/`sslv23`, Poco's `CLIENT_USE`):
  /// reports it unless the function raises the floor to TLS 1.2.
  void checkFlexible(const MatchResult &Result, const clang::Expr *Site,
                     const clang::ValueDecl *Context, std::string Message);
};

} // namespace transit

#endif // TRANSIT_CHECKS_WEAKTLSCHECK_H
