//===- PlaintextDatabaseCheck.h - transit-plaintext-database ----*- C++ -*-===//
#ifndef TRANSIT_CHECKS_PLAINTEXTDATABASECHECK_H
#define TRANSIT_CHECKS_PLAINTEXTDATABASECHECK_H

#include "transit/ConnectionString.h"
#include "transit/SiteCheck.h"

namespace transit {

/// Flags database and cache client connections that may run without TLS:
/// PostgreSQL (libpq, libpqxx), MySQL / MariaDB (C API, Connector/C++),
/// Redis (hiredis, redis-plus-plus), MongoDB (C driver, mongocxx) and
/// memcached (libmemcached).
///
/// Docs: docs/checks/transit-plaintext-database.md
class PlaintextDatabaseCheck : public SiteCheck {
public:
  PlaintextDatabaseCheck(llvm::StringRef Name,
                         clang::tidy::ClangTidyContext *Context);
  void registerSiteMatchers(SiteMatchers &Sites) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  /// A libpq connection string passed as \p Arg to \p Api at \p Site.
  void
  checkConnInfo(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                const clang::Expr *Site, llvm::StringRef Api,
                const clang::Expr *Arg);
  void checkConnectParams(
      const clang::ast_matchers::MatchFinder::MatchResult &Result,
      const clang::CallExpr *Call, llvm::StringRef Api);
  void
  checkSetdbLogin(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                  const clang::CallExpr *Call, llvm::StringRef Api);
  void
  checkMysqlConnect(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                    const clang::CallExpr *Call, llvm::StringRef Api);
  void
  checkRedisConnect(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                    const clang::CallExpr *Call, llvm::StringRef Api,
                    bool UnixSocket);
  void
  checkMongoUri(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                const clang::Expr *Site, llvm::StringRef Api,
                const clang::Expr *Arg);
  void
  checkMemcached(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::CallExpr *Call, llvm::StringRef Api);
  void checkMysqlCppConnect(
      const clang::ast_matchers::MatchFinder::MatchResult &Result,
      const clang::CXXMemberCallExpr *Call);
  void checkOdbc(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::Expr *Site, llvm::StringRef Api,
                 const clang::Expr *Arg);
  void checkLdap(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::CallExpr *Call, llvm::StringRef Api);
  void checkRedisPlusPlus(
      const clang::ast_matchers::MatchFinder::MatchResult &Result,
      const clang::CXXConstructExpr *Construct, llvm::StringRef Api);
  /// Reports, when StrictConnectionStrings asks for it, a connection whose
  /// TLS settings cannot be seen here: \p Why it cannot, \p Remedy for it.
  void
  reportNotProvable(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                    const clang::Expr *Site, llvm::StringRef Api,
                    llvm::StringRef Why, llvm::StringRef Remedy);

  const bool StrictConnectionStrings;
  const bool AllowUnixDomainSockets;
};

} // namespace transit

#endif // TRANSIT_CHECKS_PLAINTEXTDATABASECHECK_H
