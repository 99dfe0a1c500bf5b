//===- transit/HandleUse.h - What a function does with a handle -*- C++ -*-===//
//
// Several client libraries take TLS settings as separate calls on a
// connection handle (mysql_options, redisInitiateSSL, natsOptions_SetSecure,
// zmq_setsockopt...). These helpers find the handle an expression designates
// and the calls the enclosing function makes on it, so a check can tell
// whether TLS was set up before (or after) the connect call.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_HANDLEUSE_H
#define TRANSIT_HANDLEUSE_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace transit {

/// The variable or field \p E designates, through `&`, `*`, casts and member
/// access, smart pointers and Asio's native_handle() (`h`, `&h`, `h->c`,
/// `&ac->c`, `this->conn_`, `p.get()`, `ctx->f()`, `ctx.native_handle()`);
/// null if none.
const clang::ValueDecl *handleOf(const clang::Expr *E);

/// The variable or field the value of \p E is stored in: `T *h = E;` or
/// `h = E;`, also through `new` (`Context::Ptr c = new Context(...)`);
/// null if it is not stored (returned, passed on, discarded).
const clang::ValueDecl *storedIn(const clang::Expr *E, clang::ASTContext &Ctx);

/// The body of the function (or lambda) that contains \p E.
const clang::Stmt *enclosingBody(const clang::Expr *E, clang::ASTContext &Ctx);
/// The function (or a lambda's call operator) that contains \p E.
const clang::FunctionDecl *enclosingFunction(const clang::Expr *E,
                                             clang::ASTContext &Ctx);

/// Every call in \p Body one of whose arguments, or whose object
/// (`handle.method()`), designates \p Handle.
llvm::SmallVector<const clang::CallExpr *, 8>
callsOnHandle(const clang::Stmt *Body, const clang::ValueDecl *Handle,
              clang::ASTContext &Ctx);

/// The variable \p E reads, through copies (cppzmq passes its option tags
/// such as zmq::sockopt::curve_server by value).
const clang::ValueDecl *referencedVariable(const clang::Expr *E);

/// The enumerator \p E names (`MYSQL_OPT_SSL_ENFORCE`), also through a
/// local copy such as the one libcurl's type-checking curl_easy_setopt macro
/// makes (`CURLoption _curl_opt = (option);`); "" if none.
llvm::StringRef enumeratorName(const clang::Expr *E);

/// Whether \p T (through references) is a class whose qualified name says
/// it is a TLS layer: `ssl::stream<>`, `beast::ssl_stream<>`, `ssl::context`.
bool isSslClass(clang::QualType T);

/// A librdkafka configuration property being set.
struct KafkaProperty {
  const clang::Expr *Conf; ///< the configuration object
  const clang::Expr *Name;
  const clang::Expr *Value;
  llvm::StringRef Api; ///< "rd_kafka_conf_set" or "RdKafka::Conf::set"
};

/// Matches Drogon's `app().addListener(ip, port, useSSL, ...)` in user code.
clang::ast_matchers::internal::BindableMatcher<clang::Stmt> drogonAddListener();

/// Matches `rd_kafka_conf_set(conf, name, value, errstr, size)` and
/// `RdKafka::Conf::set(name, value, errstr)`.
clang::ast_matchers::internal::BindableMatcher<clang::Stmt> kafkaConfSet();

/// The property \p Call sets, when it is such a call; none for the
/// RdKafka::Conf::set overloads that take an object, not a string.
std::optional<KafkaProperty> kafkaProperty(const clang::CallExpr *Call);

/// A curlpp option being made: `curlpp::options::Url("http://...")` (in
/// place or with `new`) or `request.setOpt<curlpp::options::Url>(...)`.
struct CurlppOption {
  const clang::Expr *Site;
  llvm::StringRef Option; ///< the CURLOPT_ enumerator: "CURLOPT_URL"
  const clang::Expr *Value;
};

/// Matches both forms, in user code.
clang::ast_matchers::internal::BindableMatcher<clang::Stmt> curlppOption();

/// The option \p E (matched by curlppOption()) makes.
std::optional<CurlppOption> curlppOptionOf(const clang::Expr *E);

/// A database connection opened with an ODBC-style or backend-specific
/// connection string: `SQLDriverConnect(dbc, hwnd, str, ...)`,
/// `SQLBrowseConnect(dbc, str, ...)`, and SOCI's `soci::session(backend,
/// str)` / `session.open(backend, str)` with a backend factory
/// (`soci::postgresql`) or name (`"odbc"`).
struct ConnectionStringSite {
  const clang::Expr *Site;
  std::string Api;          ///< "SQLDriverConnect", "soci::session"
  std::string Syntax;       ///< "odbc", "postgresql", or a SOCI backend
  const clang::Expr *Value; ///< the connection string
};

/// Matches those calls and constructions, in user code.
clang::ast_matchers::internal::BindableMatcher<clang::Stmt>
connectionStringSite();

/// The connection string \p E (matched by connectionStringSite()) opens.
std::optional<ConnectionStringSite>
connectionStringSiteOf(const clang::Expr *E, clang::ASTContext &Ctx);

/// The text a Qt QUrl / QString argument is built from (`QUrl("...")`,
/// `QUrl(QStringLiteral("..."))`, `QString::fromUtf8(...)`), or \p E itself
/// when it is not built in place (a QUrl variable).
const clang::Expr *qtStringSource(const clang::Expr *E);

/// Whether \p E's type is (a pointer or reference to) exactly the Qt class
/// \p Name, not a class derived from it.
bool isExactQtClass(const clang::Expr *E, llvm::StringRef Name);

/// The name of the function \p Call calls directly, or "".
llvm::StringRef calleeName(const clang::CallExpr *Call);

} // namespace transit

#endif // TRANSIT_HANDLEUSE_H
