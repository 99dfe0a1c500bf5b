//===- PlaintextHttpCheck.h - transit-plaintext-http ------------*- C++ -*-===//
#ifndef TRANSIT_CHECKS_PLAINTEXTHTTPCHECK_H
#define TRANSIT_CHECKS_PLAINTEXTHTTPCHECK_H

#include "transit/SiteCheck.h"
#include "llvm/ADT/DenseMap.h"

namespace transit {

/// Flags HTTP clients and servers that speak plaintext: libcurl, cpp-httplib,
/// Poco::Net, Boost.Beast, cpr and Drogon.
///
/// Docs: docs/checks/transit-plaintext-http.md
class PlaintextHttpCheck : public SiteCheck {
public:
  PlaintextHttpCheck(llvm::StringRef Name,
                     clang::tidy::ClangTidyContext *Context)
      : SiteCheck(Name, Context, CarveOutRule::Applies) {}
  void registerSiteMatchers(SiteMatchers &Sites) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

private:
  using MatchResult = clang::ast_matchers::MatchFinder::MatchResult;
  /// Reports \p Url (an argument of \p Site) when it is an http:// URL, with
  /// a fix-it to https:// when only this site reads the literal; for a
  /// server, which needs a certificate too, no fix-it and \p ServerNote.
  void checkUrl(const MatchResult &Result, const clang::Expr *Site,
                const clang::Expr *Url, llvm::StringRef What,
                llvm::StringRef Risk, llvm::StringRef ServerNote = "");
  /// libmicrohttpd's MHD_start_daemon: plaintext without MHD_USE_TLS.
  void checkMicroHttpd(const MatchResult &Result, const clang::CallExpr *Call,
                       llvm::StringRef Api);
  /// cpprestsdk's http_client and http_listener, built from a web::uri.
  void checkCivetweb(const MatchResult &Result, const clang::Expr *Site,
                     llvm::StringRef Api, const clang::Expr *Options);
  void checkEvhttp(const MatchResult &Result, const clang::CallExpr *Call,
                   llvm::StringRef Api);
  void checkLwsConnect(const MatchResult &Result, const clang::CallExpr *Call);
  void checkWebsocketpp(const MatchResult &Result,
                        const clang::DeclaratorDecl *Decl,
                        const clang::ClassTemplateSpecializationDecl *Endpoint);
  void checkPistacheServe(const MatchResult &Result,
                          const clang::CXXMemberCallExpr *Call);
  void checkCrowRun(const MatchResult &Result,
                    const clang::CXXMemberCallExpr *Call);
  void checkDrogonListener(const MatchResult &Result,
                           const clang::CXXMemberCallExpr *Call);
  void checkCppRest(const MatchResult &Result,
                    const clang::CXXConstructExpr *Construct,
                    llvm::StringRef Class);
  void checkCurlUrlSet(const MatchResult &Result, const clang::CallExpr *Call);
  void checkHttplib(const MatchResult &Result,
                    const clang::CXXConstructExpr *Construct,
                    llvm::StringRef Class);
  void checkPocoClient(const MatchResult &Result,
                       const clang::CXXConstructExpr *Construct);
  void checkPocoServer(const MatchResult &Result,
                       const clang::CXXConstructExpr *Construct);
  void checkBeastHttp(const MatchResult &Result, const clang::CallExpr *Call);
  /// A Beast tcp_stream or Asio socket that carries HTTP where it is
  /// declared: one finding, at the declaration.
  void checkBeastStream(const MatchResult &Result,
                        const clang::DeclaratorDecl *Decl,
                        const clang::ClassTemplateSpecializationDecl *Type);
};

} // namespace transit

#endif // TRANSIT_CHECKS_PLAINTEXTHTTPCHECK_H
