//===- PlaintextSocketCheck.h - transit-plaintext-socket --------*- C++ -*-===//
#ifndef TRANSIT_CHECKS_PLAINTEXTSOCKETCHECK_H
#define TRANSIT_CHECKS_PLAINTEXTSOCKETCHECK_H

#include "transit/SiteCheck.h"

namespace transit {

/// Flags network sockets whose bytes are never wrapped in TLS: POSIX
/// `socket()` descriptors no TLS layer takes over, Boost.Asio / Asio /
/// Beast sockets and acceptors used directly instead of through an SSL
/// stream, and the plaintext TCP transports of RPC frameworks (Apache
/// Thrift's TSocket / TServerSocket, Cap'n Proto's EzRpc), and Qt's
/// QTcpSocket / QTcpServer.
///
/// Docs: docs/checks/transit-plaintext-socket.md
class PlaintextSocketCheck : public SiteCheck {
public:
  PlaintextSocketCheck(llvm::StringRef Name,
                       clang::tidy::ClangTidyContext *Context);
  void registerSiteMatchers(SiteMatchers &Sites) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void
  checkPosixSocket(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                   const clang::CallExpr *Call);
  void
  checkAsioObject(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                  const clang::DeclaratorDecl *Decl,
                  const clang::ClassTemplateSpecializationDecl *Type);
  void
  checkQtSocket(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                const clang::CXXMemberCallExpr *Call);
  void
  checkRpcTransport(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                    const clang::Expr *Site, const clang::CXXRecordDecl *Class,
                    llvm::ArrayRef<const clang::Expr *> Args);

  const bool AllowUnixDomainSockets;
};

} // namespace transit

#endif // TRANSIT_CHECKS_PLAINTEXTSOCKETCHECK_H
