//===- PlaintextDatabaseCheck.cpp - transit-plaintext-database ------------===//
#include "PlaintextDatabaseCheck.h"

#include "transit/ConstantString.h"
#include "transit/HandleUse.h"
#include "transit/TransportModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

/// Why a libpq connection with \p Mode may run in plaintext.
std::string describe(PgSslMode Mode) {
  switch (Mode) {
  case PgSslMode::Disable:
    return "connects with sslmode=disable, which never encrypts";
  case PgSslMode::Allow:
    return "connects with sslmode=allow, which tries plaintext first";
  case PgSslMode::Prefer:
    return "connects with sslmode=prefer, which falls back to plaintext";
  default:
    return "connects without sslmode, so libpq's default (prefer) falls back "
           "to plaintext";
  }
}

std::string throughUnixSocket(StringRef Api) {
  return "'" + Api.str() + "' connects through a Unix-domain socket";
}

constexpr llvm::StringLiteral NotConstant =
    "gets a connection string that is not known at compile time";
constexpr llvm::StringLiteral HandedOn =
    "makes a connection that another function may configure";

constexpr llvm::StringLiteral VerifyFullNote =
    "sslmode=verify-full also verifies the server's certificate and host "
    "name: the client needs the CA certificate (sslrootcert)";

/// A `const char *[]` initialised in place and not changed afterwards, such
/// as the keyword and value arrays given to PQconnectdbParams.
struct StringArray {
  const VarDecl *Var = nullptr;
  const InitListExpr *Init = nullptr;
  /// Whether the array's size comes from its initializer (`x[] = {...}`), so
  /// that an element can be inserted.
  bool SizedByInit = false;
};

std::optional<StringArray> stringArray(const Expr *E, ASTContext &Ctx) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!VD || !VD->getType()->isArrayType())
    return std::nullopt;
  const auto *Init = dyn_cast_or_null<InitListExpr>(VD->getInit());
  if (!Init)
    return std::nullopt;
  if (VD->hasLocalStorage()) {
    // Unchanged in its function: no element is assigned.
    const auto *Fn =
        dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (!Fn || !Fn->getBody())
      return std::nullopt;
    auto Element = arraySubscriptExpr(hasBase(
        ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))))));
    auto Assignment = binaryOperator(isAssignmentOperator(),
                                     hasLHS(ignoringParenImpCasts(Element)));
    auto Assigned = match(stmt(hasDescendant(Assignment)), *Fn->getBody(), Ctx);
    if (!Assigned.empty())
      return std::nullopt;
  } else if (!Ctx.getAsArrayType(VD->getType())
                  ->getElementType()
                  .isConstQualified()) {
    return std::nullopt;
  }
  bool SizedByInit =
      VD->getTypeSourceInfo() &&
      VD->getTypeSourceInfo()->getType()->isIncompleteArrayType();
  return StringArray{VD, Init, SizedByInit};
}

/// Whether every byte of \p Text not known (HoleChar) lies inside a
/// parameter's value, so that the keywords, and so sslmode, are all known.
bool holesOnlyInValues(llvm::StringRef Text, const PgConnInfo &Info) {
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] != HoleChar)
      continue;
    if (Info.IsUri) {
      if (Info.Uri && Info.Uri->QueryOffset != std::string::npos &&
          I > Info.Uri->QueryOffset)
        return false; // in the query, where sslmode would be
      continue;
    }
    bool InValue = llvm::any_of(Info.Params, [&](const ConnParam &P) {
      return I >= P.ValueOffset && I < P.ValueOffset + P.ValueLength;
    });
    if (!InValue)
      return false;
  }
  return true;
}

} // namespace

PlaintextDatabaseCheck::PlaintextDatabaseCheck(StringRef Name,
                                               tidy::ClangTidyContext *Context)
    : SiteCheck(Name, Context, CarveOutRule::Applies),
      StrictConnectionStrings(Options.get("StrictConnectionStrings", false)),
      AllowUnixDomainSockets(
          Options.getLocalOrGlobal("AllowUnixDomainSockets", false)) {}

void PlaintextDatabaseCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  SiteCheck::storeOptions(Opts);
  Options.store(Opts, "StrictConnectionStrings", StrictConnectionStrings);
  Options.store(Opts, "AllowUnixDomainSockets", AllowUnixDomainSockets);
}

void PlaintextDatabaseCheck::registerSiteMatchers(SiteMatchers &Sites) {
  Sites.add(callExpr(callee(functionDecl(
                                hasAnyName("::PQconnectdb", "::PQconnectStart"))
                                .bind("api")),
                     argumentCountIs(1))
                .bind("conninfo-call"));
  Sites.add(callExpr(callee(functionDecl(hasAnyName("::PQconnectdbParams",
                                                    "::PQconnectStartParams"))
                                .bind("api")),
                     argumentCountIs(3))
                .bind("params-call"));
  Sites.add(
      callExpr(callee(functionDecl(hasName("::PQsetdbLogin")).bind("api")),
               argumentCountIs(7))
          .bind("setdb-call"));
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName("::mysql_real_connect",
                                              "::mysql_real_connect_start"))
                          .bind("api")))
          .bind("mysql-connect"));
  Sites.add(
      callExpr(
          callee(functionDecl(
                     hasAnyName(
                         "::redisConnect", "::redisConnectWithTimeout",
                         "::redisConnectNonBlock", "::redisConnectBindNonBlock",
                         "::redisConnectBindNonBlockWithReuse",
                         "::redisConnectWithOptions", "::redisAsyncConnect",
                         "::redisAsyncConnectBind",
                         "::redisAsyncConnectBindWithReuse",
                         "::redisAsyncConnectWithOptions"))
                     .bind("api")))
          .bind("redis-connect"));
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName("::redisConnectUnix",
                                              "::redisConnectUnixWithTimeout",
                                              "::redisConnectUnixNonBlock",
                                              "::redisAsyncConnectUnix"))
                          .bind("api")))
          .bind("redis-connect-unix"));
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName("::mongoc_client_new",
                                              "::mongoc_uri_new",
                                              "::mongoc_uri_new_with_error"))
                          .bind("api")))
          .bind("mongoc"));
  Sites.add(cxxConstructExpr(
                hasDeclaration(cxxConstructorDecl(ofClass(
                    cxxRecordDecl(hasName("::mongocxx::uri")).bind("class")))),
                argumentCountIs(1))
                .bind("mongocxx"));
  Sites.add(
      callExpr(callee(functionDecl(
                          hasAnyName(
                              "::memcached_server_add",
                              "::memcached_server_add_with_weight",
                              "::memcached_server_add_udp",
                              "::memcached_server_add_udp_with_weight",
                              "::memcached_server_add_unix_socket",
                              "::memcached_server_add_unix_socket_with_weight",
                              "::memcached_servers_parse", "::memcached",
                              "::memcached_pool"))
                          .bind("api")))
          .bind("memcached"));
  Sites.add(cxxMemberCallExpr(
                callee(cxxMethodDecl(hasName("connect"),
                                     ofClass(cxxRecordDecl(isSameOrDerivedFrom(
                                         "::sql::Driver"))))))
                .bind("mysqlcpp"));
  Sites.add(
      cxxConstructExpr(
          hasDeclaration(cxxConstructorDecl(
              unless(isCopyConstructor()), unless(isMoveConstructor()),
              ofClass(cxxRecordDecl(hasAnyName("::sw::redis::Redis",
                                               "::sw::redis::RedisCluster"))
                          .bind("class")))))
          .bind("redis++"));
  Sites.add(connectionStringSite().bind("connection-string"));
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName("::ldap_initialize",
                                              "::ldap_init", "::ldap_open"))
                          .bind("api")),
               argumentCountIs(2))
          .bind("ldap"));
  // libpqxx 7: pqxx::connection; 6: basic_connection_base<policy> (aliases
  // connection, lazyconnection, asyncconnection) and basic_connection.
  Sites.add(
      cxxConstructExpr(
          hasDeclaration(cxxConstructorDecl(
              unless(isCopyConstructor()), unless(isMoveConstructor()),
              ofClass(cxxRecordDecl(hasAnyName("::pqxx::connection",
                                               "::pqxx::basic_connection_base",
                                               "::pqxx::basic_connection"))
                          .bind("class")))),
          argumentCountIs(1))
          .bind("pqxx"));
}

void PlaintextDatabaseCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Api = Result.Nodes.getNodeAs<FunctionDecl>("api");
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("conninfo-call"))
    return checkConnInfo(Result, Call, Api->getName(), Call->getArg(0));
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("params-call"))
    return checkConnectParams(Result, Call, Api->getName());
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("setdb-call"))
    return checkSetdbLogin(Result, Call, Api->getName());
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("mysql-connect"))
    return checkMysqlConnect(Result, Call, Api->getName());
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("redis-connect"))
    return checkRedisConnect(Result, Call, Api->getName(),
                             /*UnixSocket=*/false);
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("redis-connect-unix"))
    return checkRedisConnect(Result, Call, Api->getName(), /*UnixSocket=*/true);
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("mongoc"))
    return checkMongoUri(Result, Call, Api->getName(), Call->getArg(0));
  if (const auto *Site = Result.Nodes.getNodeAs<Expr>("connection-string")) {
    auto Conn = connectionStringSiteOf(Site, *Result.Context);
    if (!Conn)
      return;
    if (Conn->Syntax == "odbc")
      return checkOdbc(Result, Site, Conn->Api, Conn->Value);
    if (Conn->Syntax == "postgresql")
      return checkConnInfo(Result, Site, Conn->Api, Conn->Value);
    return; // SOCI's other backends: sqlite3 (a file), mysql, ... not read
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("ldap"))
    return checkLdap(Result, Call, Api->getName());
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("memcached"))
    return checkMemcached(Result, Call, Api->getName());
  if (const auto *Call = Result.Nodes.getNodeAs<CXXMemberCallExpr>("mysqlcpp"))
    return checkMysqlCppConnect(Result, Call);
  if (const auto *Construct =
          Result.Nodes.getNodeAs<CXXConstructExpr>("mongocxx")) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Ctor->getNumParams() == 0 ||
        !isStringLikeType(Ctor->getParamDecl(0)->getType()))
      return;
    return checkMongoUri(Result, Construct, "mongocxx::uri",
                         Construct->getArg(0));
  }
  if (const auto *Construct =
          Result.Nodes.getNodeAs<CXXConstructExpr>("redis++")) {
    const auto *Class = Result.Nodes.getNodeAs<CXXRecordDecl>("class");
    return checkRedisPlusPlus(Result, Construct,
                              ("sw::redis::" + Class->getName()).str());
  }
  if (const auto *Construct =
          Result.Nodes.getNodeAs<CXXConstructExpr>("pqxx")) {
    const auto *Class = Result.Nodes.getNodeAs<CXXRecordDecl>("class");
    // pqxx::nullconnection (libpqxx 6) never opens a connection.
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class)) {
      const TemplateArgumentList &Args = Spec->getTemplateArgs();
      if (Args.size() > 0 && Args[0].getKind() == TemplateArgument::Type)
        if (const auto *Policy = Args[0].getAsType()->getAsCXXRecordDecl())
          if (Policy->getName() == "connect_null")
            return;
    }
    const Expr *Arg = Construct->getArg(0);
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Ctor->getNumParams() == 0 ||
        !isStringLikeType(Ctor->getParamDecl(0)->getType()) ||
        isNullPointer(Arg, *Result.Context))
      return; // no connection string (libpqxx 7 also takes parameter maps)
    PrintingPolicy Policy(Result.Context->getLangOpts());
    Policy.SuppressTagKeyword = true;
    std::string Name =
        Construct->getType().getUnqualifiedType().getAsString(Policy);
    return checkConnInfo(Result, Construct, Name, Arg);
  }
}

void PlaintextDatabaseCheck::reportNotProvable(
    const MatchFinder::MatchResult &Result, const Expr *Site, StringRef Api,
    StringRef Why, StringRef Remedy) {
  if (!StrictConnectionStrings)
    return noteUnprovable(Result, Site, Why);
  Finding F;
  F.Site = Site;
  F.Message = ("'" + Api + "' " + Why +
               ", so nothing here shows that it requires TLS; " + Remedy +
               " or " + carveOutHint())
                  .str();
  report(Result, std::move(F));
}

void PlaintextDatabaseCheck::checkConnInfo(
    const MatchFinder::MatchResult &Result, const Expr *Site, StringRef Api,
    const Expr *Arg) {
  ASTContext &Ctx = *Result.Context;
  bool AllTls = true; // every value known requires TLS
  Judged Verdict = judgeValues(
      Result, Arg,
      [&](const ConstantString &Conn,
          bool &Undecided) -> std::optional<Finding> {
        auto Info = parsePgConnInfo(Conn.Value);
        if (!Info) {
          AllTls = false;
          Undecided = Conn.hasHoles(); // else libpq rejects it: no connection
          return std::nullopt;
        }
        if (Conn.hasHoles() && !holesOnlyInValues(Conn.Value, *Info)) {
          Undecided = true; // a piece not known may add sslmode
          return std::nullopt;
        }
        PgSslMode Mode = pgSslMode(*Info);
        if (!isPlaintextCapable(Mode))
          return std::nullopt;
        Finding F;
        F.Site = Site;
        F.Destination = destinationOf(hostNames(Info->Hosts));
        if (pgUsesOnlyUnixSockets(*Info)) {
          AllTls = false;
          if (AllowUnixDomainSockets)
            return std::nullopt;
          F.Message = unixSocketMessage(throughUnixSocket(Api));
          editString(F, Conn, {}, Ctx, "connection string");
          return F;
        }
        F.Message =
            ("'" + Api + "' " + describe(Mode) +
             "; require TLS with sslmode=verify-full or " + carveOutHint())
                .str();
        std::vector<TextEdit> Edits;
        if (auto Edit = pgRequireVerifyFull(Conn.Value, *Info))
          Edits.push_back(*Edit);
        editString(F, Conn, Edits, Ctx, "connection string");
        if (!F.Edits.empty())
          F.Note = VerifyFullNote.str();
        return F;
      });
  if (Verdict == Judged::Unprovable)
    reportNotProvable(Result, Site, Api, NotConstant,
                      "make sure it sets sslmode=verify-full");
  else if (Verdict == Judged::Secure && AllTls)
    noteSecure(Result, Site, "its connection string requires TLS (sslmode)");
}

void PlaintextDatabaseCheck::checkConnectParams(
    const MatchFinder::MatchResult &Result, const CallExpr *Call,
    StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  auto Keywords = stringArray(Call->getArg(0), Ctx);
  auto Values = stringArray(Call->getArg(1), Ctx);
  if (!Keywords || !Values)
    return reportNotProvable(Result, Call, Api, NotConstant,
                             "make sure it sets sslmode=verify-full");

  // The keywords up to the null terminator, all known.
  std::vector<std::string> Names;
  unsigned Terminator = 0;
  for (; Terminator < Keywords->Init->getNumInits(); ++Terminator) {
    const Expr *K = Keywords->Init->getInit(Terminator);
    if (isNullPointer(K, Ctx))
      break;
    auto Name = constantString(K, Ctx);
    if (!Name)
      return reportNotProvable(Result, Call, Api, NotConstant,
                               "make sure it sets sslmode=verify-full");
    Names.push_back(Name->Value);
  }
  auto ValueAt = [&](unsigned I) -> const Expr * {
    return I < Values->Init->getNumInits() ? Values->Init->getInit(I) : nullptr;
  };
  auto LastIndexOf = [&](StringRef Key) -> std::optional<unsigned> {
    for (unsigned I = Names.size(); I-- > 0;)
      if (Names[I] == Key)
        return I;
    return std::nullopt;
  };

  // Build the equivalent keyword/value string of what is known.
  PgConnInfo Info;
  std::optional<ConstantString> SslModeValue;
  for (unsigned I = 0; I < Names.size(); ++I) {
    const Expr *V = ValueAt(I);
    if (!V || isNullPointer(V, Ctx))
      continue; // libpq skips keywords whose value is null
    auto Value = constantString(V, Ctx);
    if (!Value) {
      if (Names[I] == "sslmode" || Names[I] == "requiressl")
        return reportNotProvable(Result, Call, Api, NotConstant,
                                 "make sure it sets sslmode=verify-full");
      continue;
    }
    if (Names[I] == "host")
      Info.Hosts.push_back({Value->Value, ""});
    if (Names[I] == "sslmode")
      SslModeValue = Value;
    Info.Params.push_back({Names[I], Value->Value, 0, Value->Value.size()});
  }
  PgSslMode Mode = pgSslMode(Info);
  // expand_dbname: a conninfo string given as dbname counts too.
  Expr::EvalResult Expand;
  auto DbName = LastIndexOf("dbname");
  if (Mode == PgSslMode::Unspecified && DbName &&
      Call->getArg(2)->EvaluateAsInt(Expand, Ctx) &&
      Expand.Val.getInt().getBoolValue())
    if (const Expr *V = ValueAt(*DbName))
      if (auto Db = constantString(V, Ctx))
        if (auto Nested = parsePgConnInfo(Db->Value);
            Nested &&
            (llvm::StringRef(Db->Value).contains('=') || Nested->IsUri))
          Mode = pgSslMode(*Nested);
  if (!isPlaintextCapable(Mode))
    return noteSecure(Result, Call, "its parameters require TLS (sslmode)");

  Finding F;
  F.Site = Call;
  F.Destination = destinationOf(hostNames(Info.Hosts));
  if (pgUsesOnlyUnixSockets(Info)) {
    if (AllowUnixDomainSockets)
      return;
    F.Message = unixSocketMessage(throughUnixSocket(Api));
    return report(Result, std::move(F));
  }
  F.Message = ("'" + Api + "' " + describe(Mode) +
               "; require TLS with sslmode=verify-full or " + carveOutHint())
                  .str();
  if (SslModeValue) {
    if (auto Fix =
            editLiteral(SslModeValue->Literal,
                        {0, SslModeValue->Value.size(), "verify-full"}, Ctx))
      F.Edits.push_back(*Fix);
  } else if (Mode == PgSslMode::Unspecified && Keywords->SizedByInit &&
             Values->SizedByInit && ValueAt(Terminator) &&
             isNullPointer(ValueAt(Terminator), Ctx) &&
             Terminator < Keywords->Init->getNumInits()) {
    // Insert the pair before the null terminators of both arrays.
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation K =
        SM.getExpansionLoc(Keywords->Init->getInit(Terminator)->getBeginLoc());
    SourceLocation V = SM.getExpansionLoc(ValueAt(Terminator)->getBeginLoc());
    if (SM.isWrittenInSameFile(K, Call->getBeginLoc()) &&
        !SM.isInSystemHeader(K) && !SM.isInSystemHeader(V) &&
        Keywords->Init->getLBraceLoc().isFileID() &&
        Values->Init->getLBraceLoc().isFileID()) {
      F.Edits.push_back(FixItHint::CreateInsertion(K, "\"sslmode\", "));
      F.Edits.push_back(FixItHint::CreateInsertion(V, "\"verify-full\", "));
    }
  }
  if (!F.Edits.empty())
    F.Note = VerifyFullNote.str();
  report(Result, std::move(F));
}

void PlaintextDatabaseCheck::checkSetdbLogin(
    const MatchFinder::MatchResult &Result, const CallExpr *Call,
    StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  // A dbName with '=' or a URI prefix is a whole connection string.
  if (auto Db = constantString(Call->getArg(4), Ctx)) {
    llvm::StringRef Text = Db->Value;
    if (Text.contains('=') || Text.starts_with("postgres://") ||
        Text.starts_with("postgresql://"))
      return checkConnInfo(Result, Call, Api, Call->getArg(4));
  } else if (!isNullPointer(Call->getArg(4), Ctx)) {
    return reportNotProvable(Result, Call, Api, NotConstant,
                             "make sure it sets sslmode=verify-full");
  }
  if (auto Host = constantString(Call->getArg(0), Ctx))
    if (llvm::StringRef(Host->Value).starts_with("/") && AllowUnixDomainSockets)
      return;
  Finding F;
  F.Site = Call;
  F.Message = ("'" + Api +
               "' cannot ask for TLS, so libpq's default (sslmode=prefer) "
               "falls back to plaintext; use PQconnectdb with "
               "sslmode=verify-full or " +
               carveOutHint())
                  .str();
  report(Result, std::move(F));
}

void PlaintextDatabaseCheck::checkMysqlConnect(
    const MatchFinder::MatchResult &Result, const CallExpr *Call,
    StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  // mysql_real_connect(mysql, host, user, passwd, db, port, unix_socket,
  // flags); mysql_real_connect_start(&ret, mysql, host, ...) has one more in
  // front.
  unsigned Shift = Api == "mysql_real_connect_start" ? 1 : 0;
  if (Call->getNumArgs() < 8 + Shift)
    return;
  // TLS is decided before or at the connect, by options on the handle
  // anywhere in the TU (models/MySql.cpp); what follows cannot change it.
  TransportModel &Model = TransportModel::of(Ctx);
  auto Handle = Model.transportOf(Call->getArg(Shift));
  std::string Weak;
  if (Handle) {
    const TransportModel::Event *Weakening = nullptr;
    if (Model.any(*Handle, model::Role::Weaken, model::Kind::MySql,
                  &Weakening) == Tri::Yes) {
      auto Mode = pointedToInt(cast<CallExpr>(Weakening->Call)->getArg(2), Ctx);
      Weak = Mode == 1 ? "SSL_MODE_DISABLED" : "SSL_MODE_PREFERRED";
    }
    if (Weak.empty()) {
      Tri Tls = Model.any(*Handle, model::Role::Tls, model::Kind::MySql);
      if (Tls == Tri::Yes)
        return noteSecure(Result, Call, "the handle is set to require TLS");
      if (Tls == Tri::Maybe)
        return reportNotProvable(
            Result, Call, Api, HandedOn,
            "require TLS where the connection is set up"); // a template
    }
  }

  Finding F;
  F.Site = Call;
  auto Host = constantString(Call->getArg(1 + Shift), Ctx);
  if (Host)
    F.Destination = destinationOf({Host->Value});
  bool UnixSocket = isNullPointer(Call->getArg(1 + Shift), Ctx) ||
                    (Host && Host->Value == "localhost");
  if (UnixSocket && Weak.empty()) {
    if (AllowUnixDomainSockets)
      return;
    F.Message = unixSocketMessage(
        "'" + Api.str() +
        "' to localhost connects through the server's Unix-domain socket");
    return report(Result, std::move(F));
  }
  F.Message = ("'" + Api + "' connects " +
               (Weak.empty() ? std::string("without requiring TLS, so the "
                                           "client falls back to plaintext")
                             : "with " + Weak + ", which " +
                                   (Weak == "SSL_MODE_DISABLED"
                                        ? "never encrypts"
                                        : "falls back to plaintext")) +
               "; require TLS with mysql_options (MYSQL_OPT_SSL_MODE = "
               "SSL_MODE_VERIFY_IDENTITY, or MariaDB's MYSQL_OPT_SSL_ENFORCE) "
               "before connecting or " +
               carveOutHint())
                  .str();
  if (Handle)
    noteExit(F, Model.firstExit(*Handle), "the connection");
  report(Result, std::move(F));
}

void PlaintextDatabaseCheck::checkRedisConnect(
    const MatchFinder::MatchResult &Result, const CallExpr *Call, StringRef Api,
    bool UnixSocket) {
  ASTContext &Ctx = *Result.Context;
  Finding F;
  F.Site = Call;
  if (UnixSocket) {
    if (AllowUnixDomainSockets)
      return;
    F.Message = unixSocketMessage(throughUnixSocket(Api));
    return report(Result, std::move(F));
  }
  if (Call->getNumArgs() >= 1)
    if (auto Host = constantString(Call->getArg(0), Ctx))
      F.Destination = destinationOf({Host->Value});
  // TLS is started on the context the connect returns, anywhere in the TU;
  // hiredis 0.14 (no redisInitiateSSL) has none to start.
  TransportModel &Model = TransportModel::of(Ctx);
  auto Context = Model.transportOf(Call);
  Tri Tls = Context ? Model.any(*Context, model::Role::Tls, model::Kind::Redis)
                    : Tri::No;
  if (noteTlsVerdict(Result, Call, Tls, "TLS is started on the context",
                     "TLS may be started on it"))
    return;
  F.Message = ("'" + Api +
               "' opens a plaintext Redis connection; start TLS on it with "
               "redisInitiateSSLWithContext or " +
               carveOutHint())
                  .str();
  if (!isDeclared(Ctx, "redisInitiateSSLWithContext"))
    F.Note = "this hiredis has no TLS support: hiredis 1.0 adds it "
             "(<hiredis/hiredis_ssl.h>, library hiredis_ssl)";
  else if (Context)
    noteExit(F, Model.firstExit(*Context), "the context");
  report(Result, std::move(F));
}

void PlaintextDatabaseCheck::checkMongoUri(
    const MatchFinder::MatchResult &Result, const Expr *Site, StringRef Api,
    const Expr *Arg) {
  ASTContext &Ctx = *Result.Context;
  // TLS may still be switched on for the URI, the client made from it, or
  // its pool, anywhere in the TU.
  TransportModel &Model = TransportModel::of(Ctx);
  Tri SwitchedOn = Tri::No;
  if (auto T = Model.transportOf(Site))
    SwitchedOn = Model.any(*T, model::Role::Tls, model::Kind::Mongo);
  if (SwitchedOn == Tri::Yes)
    return noteSecure(Result, Site, "TLS is switched on for it");
  bool AllTls = true; // every value known asks for TLS
  Judged Verdict = judgeValues(
      Result, Arg,
      [&](const ConstantString &Text,
          bool &Undecided) -> std::optional<Finding> {
        auto Uri = parseUrl(Text.Value);
        if (!Uri ||
            (Uri->Scheme != "mongodb" && Uri->Scheme != "mongodb+srv")) {
          AllTls = false;
          Undecided = Text.hasHoles(); // else the driver rejects it
          return std::nullopt;
        }
        const ConnParam *Tls = Uri->param("tls", /*IgnoreCase=*/true);
        if (!Tls)
          Tls = Uri->param("ssl", /*IgnoreCase=*/true);
        bool TlsOn =
            Tls ? llvm::StringRef(Tls->Value).equals_insensitive("true")
                : Uri->Scheme == "mongodb+srv"; // +srv implies TLS
        if (TlsOn)
          return std::nullopt;
        if (Text.hasHoles() && Uri->QueryOffset != std::string::npos &&
            llvm::StringRef(Text.Value)
                .drop_front(Uri->QueryOffset)
                .contains(HoleChar)) {
          Undecided = true; // options not known
          return std::nullopt;
        }
        if (SwitchedOn == Tri::Maybe) {
          Undecided = true;
          return std::nullopt;
        }
        Finding F;
        F.Site = Site;
        F.Destination = destinationOf(hostNames(Uri->Hosts));
        if (!Uri->Hosts.empty() &&
            llvm::all_of(Uri->Hosts, [](const HostSpec &H) {
              return llvm::StringRef(H.Host).starts_with("/");
            })) {
          AllTls = false;
          if (AllowUnixDomainSockets)
            return std::nullopt;
          F.Message = unixSocketMessage(throughUnixSocket(Api));
          editString(F, Text, {}, Ctx, "connection string");
          return F;
        }
        F.Message = ("'" + Api + "' connects to MongoDB " +
                     (Tls ? "with " + Tls->Key + "=" + Tls->Value
                          : std::string("without tls=true")) +
                     ", so traffic is plaintext; add tls=true to the URI or " +
                     carveOutHint())
                        .str();
        TextEdit Edit =
            Tls ? TextEdit{Tls->ValueOffset, Tls->ValueLength, "true"}
                : addQueryParam(Text.Value, *Uri, "tls", "true",
                                /*SlashBeforeQuery=*/true);
        editString(F, Text, {Edit}, Ctx, "connection string");
        return F;
      });
  if (Verdict == Judged::Unprovable)
    reportNotProvable(Result, Site, Api, NotConstant,
                      "make sure it sets tls=true");
  else if (Verdict == Judged::Secure && AllTls)
    noteSecure(Result, Site, "its URI asks for TLS");
}

void PlaintextDatabaseCheck::checkOdbc(const MatchFinder::MatchResult &Result,
                                       const Expr *Site, StringRef Api,
                                       const Expr *Arg) {
  ASTContext &Ctx = *Result.Context;
  bool AllTls = true;         // every value known asks for encryption
  bool DriverDefault = false; // a value that leaves it to the driver
  Judged Verdict = judgeValues(
      Result, Arg,
      [&](const ConstantString &Text,
          bool &Undecided) -> std::optional<Finding> {
        auto Conn = parseOdbcConnString(Text.Value);
        if (!Conn) {
          AllTls = false;
          Undecided = Text.hasHoles();
          return std::nullopt;
        }
        OdbcTls Tls = odbcTls(*Conn);
        if (!Tls.Off) {
          // No attribute turns encryption off: asked for, or the driver's
          // default (Encrypt=yes since SQL Server's driver 18; off in
          // psqlODBC's): not judged.
          if (!Tls.Required) {
            AllTls = false;
            DriverDefault = !Text.hasHoles();
            Undecided |= Text.hasHoles();
          }
          return std::nullopt;
        }
        if (Text.hasHoles() &&
            llvm::StringRef(Text.Value)
                .substr(Tls.Off->ValueOffset, Tls.Off->ValueLength)
                .contains(HoleChar)) {
          Undecided = true;
          return std::nullopt;
        }
        Finding F;
        F.Site = Site;
        F.Message =
            ("'" + Api + "' connects with " + Tls.Off->Key + "=" +
             Tls.Off->Value + ", so the database traffic is plaintext; use " +
             Tls.Off->Key + "=" + Tls.On + " or " + carveOutHint())
                .str();
        std::vector<std::string> Hosts;
        for (llvm::StringRef Key : {"Server", "Servername", "Host"})
          if (const ConnParam *Host = Conn->param(Key)) {
            // SQL Server's "tcp:host,port", "host\\instance".
            llvm::StringRef H = Host->Value;
            H.consume_front("tcp:");
            Hosts.push_back(H.take_until([](char C) {
                               return C == ',' || C == '\\';
                             }).str());
            break;
          }
        F.Destination = destinationOf(Hosts);
        if (Tls.On == "verify-full" || Tls.On == "VERIFY_IDENTITY")
          F.Note = Tls.Off->Key + "=" + Tls.On +
                   " also verifies the server's certificate and host name: "
                   "the driver needs the CA certificate";
        editString(
            F, Text,
            {TextEdit{Tls.Off->ValueOffset, Tls.Off->ValueLength, Tls.On}}, Ctx,
            "connection string");
        return F;
      });
  if (Verdict == Judged::Unprovable)
    reportNotProvable(Result, Site, Api, NotConstant,
                      "make sure it asks for encryption (Encrypt=yes, "
                      "SSLMode=verify-full)");
  else if (Verdict == Judged::Secure && AllTls)
    noteSecure(Result, Site, "its connection string asks for encryption");
  else if (Verdict == Judged::Secure && DriverDefault)
    noteUnprovable(Result, Site,
                   "its connection string leaves encryption to the driver's "
                   "default");
}

namespace {

/// One URI of an OpenLDAP list ("ldap://a ldap://b", commas too).
struct LdapUri {
  size_t Offset;
  Url Parsed;
};

std::vector<LdapUri> parseLdapUris(llvm::StringRef List) {
  std::vector<LdapUri> Uris;
  size_t I = 0;
  while (I < List.size()) {
    size_t Start = List.find_first_not_of(" \t,", I);
    if (Start == llvm::StringRef::npos)
      break;
    size_t End = List.find_first_of(" \t,", Start);
    if (End == llvm::StringRef::npos)
      End = List.size();
    if (auto U = parseUrl(List.slice(Start, End)))
      Uris.push_back({Start, std::move(*U)});
    I = End;
  }
  return Uris;
}

} // namespace

void PlaintextDatabaseCheck::checkLdap(const MatchFinder::MatchResult &Result,
                                       const CallExpr *Call, StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  // StartTLS (or LDAP_OPT_X_TLS_HARD) on the connection anywhere in the TU:
  // ldap_initialize(&ld, uri) fills ld; ldap_init(host, port) returns it.
  bool Initialize = Api == "ldap_initialize";
  TransportModel &Model = TransportModel::of(Ctx);
  auto T = Model.transportOf(Initialize ? Call->getArg(0) : Call);
  Tri StartTls =
      T ? Model.any(*T, model::Role::Tls, model::Kind::Ldap) : Tri::Maybe;
  if (StartTls == Tri::No &&
      Model.anyUnattached(model::Role::Tls, model::Kind::Ldap))
    StartTls = Tri::Maybe; // on a connection the model cannot follow, or
                           // LDAP_OPT_X_TLS as the process default
  auto Plaintext = [&](std::string Message,
                       const std::vector<std::string> &Hosts) {
    Finding F;
    F.Site = Call;
    F.Message = std::move(Message);
    F.Destination = destinationOf(Hosts);
    if (T)
      noteExit(F, Model.firstExit(*T), "the connection");
    return F;
  };
  const char *StartTlsText = "nothing here starts TLS on the connection "
                             "(ldap_start_tls_s), so binds (with their "
                             "passwords) and results cross the network in "
                             "plaintext";
  if (!Initialize) {
    // ldap_init(host, port), ldap_open(host, port): LDAP, never LDAPS.
    if (noteTlsVerdict(Result, Call, StartTls, "StartTLS on the connection",
                       "StartTLS may run on the connection"))
      return;
    std::vector<std::string> Hosts;
    if (auto Host = constantString(Call->getArg(0), Ctx))
      Hosts.push_back(Host->Value);
    return report(
        Result, Plaintext(("'" + Api + "' opens a plain LDAP connection and " +
                           StartTlsText +
                           "; use ldap_initialize with an ldaps:// URI, or "
                           "ldap_start_tls_s before binding, or " +
                           carveOutHint())
                              .str(),
                          Hosts));
  }
  bool AllTls = true; // every value known is ldaps:// (or StartTLS runs)
  Judged Verdict = judgeValues(
      Result, Call->getArg(1),
      [&](const ConstantString &Text,
          bool &Undecided) -> std::optional<Finding> {
        std::vector<LdapUri> Uris = parseLdapUris(Text.Value);
        if (Uris.empty()) {
          AllTls = false;
          Undecided = Text.hasHoles(); // else libldap rejects it
          return std::nullopt;
        }
        std::vector<const LdapUri *> Plain;
        bool Local = true;
        for (const LdapUri &U : Uris) {
          if (U.Parsed.Scheme == "ldap")
            Plain.push_back(&U);
          Local &= U.Parsed.Scheme == "ldapi";
        }
        if (Local) {
          AllTls = false;
          if (AllowUnixDomainSockets)
            return std::nullopt;
          Finding F = Plaintext(unixSocketMessage(throughUnixSocket(Api)), {});
          editString(F, Text, {}, Ctx, "URI");
          return F;
        }
        if (Plain.empty())
          return std::nullopt; // ldaps:// (and ldapi://) only
        if (StartTls != Tri::No) {
          AllTls &= StartTls == Tri::Yes;
          Undecided |= StartTls == Tri::Maybe;
          return std::nullopt;
        }
        std::vector<std::string> Hosts;
        for (const LdapUri *U : Plain)
          for (const std::string &H : hostNames(U->Parsed.Hosts))
            Hosts.push_back(H);
        Finding F = Plaintext(("'" + Api +
                               "' connects to the directory over ldap:// and " +
                               StartTlsText +
                               "; use ldaps:// or call ldap_start_tls_s before "
                               "binding, or " +
                               carveOutHint())
                                  .str(),
                              Hosts);
        // ldap:// -> ldaps:// where no port is written (389 is not LDAPS').
        std::vector<TextEdit> Edits;
        for (const LdapUri *U : Plain) {
          if (llvm::any_of(U->Parsed.Hosts,
                           [](const HostSpec &H) { return !H.Port.empty(); })) {
            Edits.clear();
            F.Note = "an explicit port stays as written; LDAPS listens on "
                     "636";
            break;
          }
          Edits.push_back(TextEdit{U->Offset, 4, "ldaps"});
        }
        editString(F, Text, Edits, Ctx, "URI");
        return F;
      });
  if (Verdict == Judged::Unprovable)
    noteUnprovable(Result, Call, "the URI is not known here");
  else if (Verdict == Judged::Secure && AllTls)
    noteSecure(Result, Call,
               StartTls == Tri::Yes ? "StartTLS on the connection"
                                    : "an ldaps:// URI");
}

void PlaintextDatabaseCheck::checkMemcached(
    const MatchFinder::MatchResult &Result, const CallExpr *Call,
    StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  bool UnixSocket = Api.contains("unix_socket");
  if ((Api == "memcached" || Api == "memcached_pool") &&
      Call->getNumArgs() >= 1) {
    // A configuration string: --SERVER=... is the network, --SOCKET=... local.
    if (auto Config = constantString(Call->getArg(0), Ctx)) {
      llvm::StringRef Text = Config->Value;
      if (!Text.contains("--SERVER") && !Text.contains("--SOCKET"))
        return; // no server configured here
      UnixSocket = !Text.contains("--SERVER");
    }
  }
  Finding F;
  F.Site = Call;
  if (UnixSocket) {
    if (AllowUnixDomainSockets)
      return;
    F.Message = unixSocketMessage(throughUnixSocket(Api));
    return report(Result, std::move(F));
  }
  F.Message = ("'" + Api +
               "' connects to memcached in plaintext: libmemcached has no TLS; "
               "reach memcached through a TLS tunnel (a mesh sidecar, "
               "stunnel) or " +
               carveOutHint())
                  .str();
  report(Result, std::move(F));
}

void PlaintextDatabaseCheck::checkMysqlCppConnect(
    const MatchFinder::MatchResult &Result, const CXXMemberCallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  constexpr llvm::StringLiteral Api = "sql::Driver::connect";
  if (Call->getNumArgs() == 1) {
    // connect(ConnectOptionsMap &): TLS keys set on the map in this function?
    const ValueDecl *Map = handleOf(Call->getArg(0));
    static constexpr llvm::StringLiteral TlsKeys[] = {
        "sslKey",     "sslCert",      "sslCA",    "sslCAPath",
        "sslEnforce", "OPT_SSL_MODE", "sslVerify"};
    for (const CallExpr *Other :
         callsOnHandle(enclosingBody(Call, Ctx), Map, Ctx)) {
      if (Other == Call)
        continue;
      for (const Expr *Arg : Other->arguments())
        if (auto Key = constantString(Arg, Ctx))
          if (llvm::is_contained(TlsKeys, Key->Value))
            return noteSecure(Result, Call, "its options set TLS");
      if (!isa<CXXOperatorCallExpr>(Other) && !isa<CXXMemberCallExpr>(Other))
        return reportNotProvable(
            Result, Call, Api, HandedOn,
            "require TLS where the connection is set up"); // filled in
                                                           // elsewhere
    }
  } else if (Call->getNumArgs() == 3) {
    if (auto Host = constantString(Call->getArg(0), Ctx))
      if (llvm::StringRef(Host->Value).starts_with("unix://")) {
        if (AllowUnixDomainSockets)
          return;
        Finding F;
        F.Site = Call;
        F.Message = unixSocketMessage(throughUnixSocket(Api));
        return report(Result, std::move(F));
      }
  } else {
    return;
  }
  Finding F;
  F.Site = Call;
  F.Message = ("'" + Api +
               "' connects without TLS options, so the client falls back to "
               "plaintext; connect with a ConnectOptionsMap that sets "
               "sslEnforce and sslCA (OPT_SSL_MODE in Connector/C++ 8) or " +
               carveOutHint())
                  .str();
  report(Result, std::move(F));
}

void PlaintextDatabaseCheck::checkRedisPlusPlus(
    const MatchFinder::MatchResult &Result, const CXXConstructExpr *Construct,
    StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  if (Construct->getNumArgs() == 0)
    return;
  const Expr *Arg = Construct->getArg(0);
  Finding F;
  F.Site = Construct;
  if (auto Text = constantString(Arg, Ctx)) {
    // "tcp://host:port", "unix://path", "rediss://..." (TLS).
    auto Uri = parseUrl(Text->Value);
    if (Uri && Uri->Scheme == "rediss")
      return noteSecure(Result, Construct, "a rediss:// URI");
    if (!Uri)
      return;
    if (Uri->Scheme == "unix") {
      if (AllowUnixDomainSockets)
        return;
      F.Message = unixSocketMessage(throughUnixSocket(Api));
      return report(Result, std::move(F));
    }
  } else {
    // ConnectionOptions: is opts.tls.enabled set, or the type UNIX?
    const ValueDecl *Options = handleOf(Arg);
    if (!Options || !Options->getType()->getAsCXXRecordDecl() ||
        Options->getType()->getAsCXXRecordDecl()->getName() !=
            "ConnectionOptions")
      return reportNotProvable(Result, Construct, Api,
                               "gets connection options made elsewhere",
                               "set tls.enabled where they are made");
    const Stmt *Body = enclosingBody(Construct, Ctx);
    if (!Body)
      return;
    bool Unix = false;
    for (const BoundNodes &Match :
         match(findAll(binaryOperator(isAssignmentOperator()).bind("set")),
               *Body, Ctx)) {
      const auto *Set = Match.getNodeAs<BinaryOperator>("set");
      const auto *Member =
          dyn_cast<MemberExpr>(Set->getLHS()->IgnoreParenImpCasts());
      if (!Member || handleOf(Member) != Options)
        continue;
      StringRef Field = Member->getMemberDecl()->getName();
      const auto *Outer =
          dyn_cast<MemberExpr>(Member->getBase()->IgnoreParenImpCasts());
      Expr::EvalResult Value;
      if (Field == "enabled" && Outer &&
          Outer->getMemberDecl()->getName() == "tls") {
        if (!Set->getRHS()->EvaluateAsInt(Value, Ctx))
          return noteUnprovable(Result, Construct,
                                "tls.enabled is set to a value not known here");
        if (Value.Val.getInt().getBoolValue())
          return noteSecure(Result, Construct, "its options set tls.enabled");
      }
      if (Field == "type")
        if (const auto *Ref =
                dyn_cast<DeclRefExpr>(Set->getRHS()->IgnoreParenImpCasts()))
          Unix = Ref->getDecl()->getName() == "UNIX";
    }
    if (Unix) {
      if (AllowUnixDomainSockets)
        return;
      F.Message = unixSocketMessage(throughUnixSocket(Api));
      return report(Result, std::move(F));
    }
  }
  F.Message = ("'" + Api +
               "' connects to Redis in plaintext; set ConnectionOptions::"
               "tls.enabled (redis-plus-plus built with TLS) or " +
               carveOutHint())
                  .str();
  report(Result, std::move(F));
}

} // namespace transit
