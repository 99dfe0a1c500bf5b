//===- UnverifiedPeerCheck.cpp - transit-unverified-peer ------------------===//
//
// Sections, one per kind of switch:
//   1. on/off switches (a value that turns verification off; a fix-it that
//      turns it back on): libcurl, OpenSSL modes, rabbitmq-c, NATS, gRPC,
//      cpp-httplib, Asio, MongoDB's options, librdkafka properties, MySQL;
//   2. callbacks and verifiers that accept every certificate (OpenSSL,
//      Asio, gRPC), Poco's AcceptCertificateHandler, gRPC's NoOp verifier;
//   3. OpenSSL clients that never check what they got (peer certificate
//      without its verify result; SSL_connect without a host name check).
//
//===----------------------------------------------------------------------===//
#include "UnverifiedPeerCheck.h"

#include "transit/ConnectionString.h"
#include "transit/HandleUse.h"
#include "transit/Prose.h"
#include "transit/TransportModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

constexpr llvm::StringLiteral NeverCarvedOut =
    ": authentication is never carved out";
constexpr llvm::StringLiteral AnyCertificate =
    "so any certificate is accepted and anyone on the network path can "
    "impersonate the server";
constexpr llvm::StringLiteral AnyHostName =
    "so the certificate's host name is not checked and any valid certificate "
    "can impersonate the server";

/// Verification switches that are methods, on the classes named.
struct MethodSwitch {
  llvm::StringLiteral Method;
  llvm::StringLiteral Api; ///< as named in the message
  llvm::StringLiteral What;
  bool HostName;
};

constexpr MethodSwitch MethodSwitches[] = {
    {"enable_server_certificate_verification",
     "httplib::Client::enable_server_certificate_verification",
     "turns server certificate verification off", false},
    {"set_verify_server_certs",
     "grpc::experimental::TlsChannelCredentialsOptions::"
     "set_verify_server_certs",
     "turns server certificate verification off", false},
    {"set_check_call_host",
     "grpc::experimental::TlsCredentialsOptions::set_check_call_host",
     "turns the per-call host check off", true},
    {"set_validate_certificates",
     "web::http::client::http_client_config::set_validate_certificates",
     "turns server certificate verification off", false},
    {"set_validate_certificates",
     "web::websockets::client::websocket_client_config::"
     "set_validate_certificates",
     "turns server certificate verification off", false},
};

/// MongoDB URI options (lower case) that accept what TLS should refuse.
bool isMongoInsecureOption(llvm::StringRef Key) {
  std::string Lower = Key.lower();
  return Lower == "tlsinsecure" || Lower == "tlsallowinvalidcertificates" ||
         Lower == "tlsallowinvalidhostnames" ||
         Lower == "sslallowinvalidcertificates" ||
         Lower == "sslallowinvalidhostnames";
}

bool isTrueText(llvm::StringRef Value) {
  return Value.equals_insensitive("true") || Value == "1" ||
         Value.equals_insensitive("yes") || Value.equals_insensitive("t");
}
bool isFalseText(llvm::StringRef Value) {
  return Value.equals_insensitive("false") || Value == "0" ||
         Value.equals_insensitive("no") || Value.equals_insensitive("f");
}

/// The function a callback argument designates: `cb`, `&cb`, a lambda
/// (also converted to a function pointer, or `+[]...`), or a local holding
/// a lambda.
const FunctionDecl *callbackFunction(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenCasts();
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = Temp->getSubExpr();
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      // std::function<...>(lambda), a copy of the lambda object
      if (Construct->getNumArgs() != 1)
        return nullptr;
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
      return Lambda->getCallOperator();
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() != UO_AddrOf && Unary->getOpcode() != UO_Plus)
        return nullptr;
      E = Unary->getSubExpr();
      continue;
    }
    if (const auto *Convert = dyn_cast<CXXMemberCallExpr>(E)) {
      // the lambda's conversion to a function pointer
      if (!isa_and_nonnull<CXXConversionDecl>(Convert->getMethodDecl()))
        return nullptr;
      E = Convert->getImplicitObjectArgument();
      continue;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *Fn = dyn_cast<FunctionDecl>(Ref->getDecl()))
        return Fn;
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      if (!Var || !Var->getType().isConstQualified() && Var->hasGlobalStorage())
        return nullptr;
      E = Var->getInit();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// The return statements of a function body, not those of lambdas or
/// local classes inside it.
class ReturnCollector : public RecursiveASTVisitor<ReturnCollector> {
public:
  llvm::SmallVector<const ReturnStmt *, 4> Returns;
  bool VisitReturnStmt(ReturnStmt *R) {
    Returns.push_back(R);
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseBlockExpr(BlockExpr *) { return true; }
};

/// Whether every return of \p Fn returns a non-zero constant: a verify
/// callback that accepts every certificate, whatever it logs first.
bool alwaysAccepts(const FunctionDecl *Fn, ASTContext &Ctx) {
  const FunctionDecl *Definition = nullptr;
  if (!Fn || !Fn->hasBody(Definition) || !Definition->getBody())
    return false;
  ReturnCollector Collector;
  Collector.TraverseStmt(Definition->getBody());
  if (Collector.Returns.empty())
    return false;
  return llvm::all_of(Collector.Returns, [&](const ReturnStmt *R) {
    auto V =
        R->getRetValue() ? constantInt(R->getRetValue(), Ctx) : std::nullopt;
    return V && *V != 0;
  });
}

std::string callbackName(const FunctionDecl *Fn) {
  if (isa<CXXMethodDecl>(Fn) &&
      cast<CXXMethodDecl>(Fn)->getParent()->isLambda())
    return "the lambda";
  return "'" + Fn->getNameAsString() + "'";
}

/// Whether \p E names an enumerator, constant or macro whose name contains
/// "server" (any case): `TLS_server_method()`, `context::tls_server`,
/// `Context::SERVER_USE`, `stream_base::server`, `MBEDTLS_SSL_IS_SERVER`.
bool namesServer(const Expr *E, const ASTContext &Ctx) {
  if (!E)
    return false;
  if (SourceLocation Loc = E->getBeginLoc(); Loc.isMacroID()) {
    const SourceManager &SM = Ctx.getSourceManager();
    // The outermost macro the argument is spelled with.
    while (SM.isMacroArgExpansion(Loc))
      Loc = SM.getImmediateMacroCallerLoc(Loc);
    llvm::StringRef Macro =
        Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
    if (Macro.lower().find("server") != std::string::npos)
      return true;
  }
  E = E->IgnoreParenImpCasts();
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return llvm::StringRef(calleeName(Call)).lower().find("server") !=
           std::string::npos;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return llvm::StringRef(Ref->getDecl()->getNameAsString())
               .lower()
               .find("server") != std::string::npos;
  return false;
}

/// Whether the object \p Handle (an SSL_CTX, SSL, ssl::context or stream)
/// is a server's, judged from what the function \p Body does with it.
bool isServerSide(const Stmt *Body, const ValueDecl *Handle, ASTContext &Ctx) {
  if (!Handle)
    return false;
  if (const auto *Var = dyn_cast<VarDecl>(Handle))
    if (const Expr *Init = Var->getInit()) {
      Init = Init->IgnoreParenImpCasts();
      if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
        for (const Expr *Arg : Construct->arguments())
          if (namesServer(Arg, Ctx))
            return true;
      if (const auto *Call = dyn_cast<CallExpr>(Init))
        if (calleeName(Call).ends_with("SSL_CTX_new") &&
            Call->getNumArgs() >= 1 && namesServer(Call->getArg(0), Ctx))
          return true;
    }
  for (const CallExpr *Call : callsOnHandle(Body, Handle, Ctx)) {
    llvm::StringRef Name = calleeName(Call);
    // OpenSSL's names and wolfSSL's (wolfSSL_accept, wolfSSL_CTX_new).
    if (Name.ends_with("SSL_accept") || Name.ends_with("SSL_set_accept_state"))
      return true;
    if ((Name.ends_with("SSL_CTX_new") || Name == "handshake" ||
         Name == "async_handshake") &&
        Call->getNumArgs() >= 1 && namesServer(Call->getArg(0), Ctx))
      return true;
    // mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_SERVER, ...),
    // gnutls_init(&session, GNUTLS_SERVER).
    if ((Name == "mbedtls_ssl_config_defaults" || Name == "gnutls_init") &&
        Call->getNumArgs() >= 2 && namesServer(Call->getArg(1), Ctx))
      return true;
  }
  // `ctx = SSL_CTX_new(TLS_server_method());`
  for (const BoundNodes &Match :
       match(findAll(binaryOperator(
                         hasOperatorName("="),
                         hasRHS(ignoringParenImpCasts(callExpr().bind("init"))))
                         .bind("assign")),
             *Body, Ctx)) {
    const auto *Assign = Match.getNodeAs<BinaryOperator>("assign");
    const auto *Init = Match.getNodeAs<CallExpr>("init");
    if (handleOf(Assign->getLHS()) == Handle &&
        calleeName(Init).ends_with("SSL_CTX_new") && Init->getNumArgs() >= 1 &&
        namesServer(Init->getArg(0), Ctx))
      return true;
  }
  return false;
}

} // namespace

void UnverifiedPeerCheck::registerSiteMatchers(SiteMatchers &Sites) {
  Sites.add(callExpr(callee(functionDecl(hasName("::curl_easy_setopt"))),
                     argumentCountIs(3))
                .bind("curl-setopt"));

  // The C switches the library tables list (models/: Role::Unverify).
  std::vector<std::string> Functions;
  for (const model::Library *Lib : model::libraries())
    for (const model::Api &A : Lib->Apis)
      if ((A.R == model::Role::Unverify || A.R == model::Role::UnverifyHost) &&
          !A.Name.contains("::"))
        Functions.push_back(("::" + A.Name).str());
  for (llvm::StringRef Extra :
       {"natsOptions_SkipServerVerification", "mongoc_uri_set_option_as_bool",
        "SSL_CTX_set_cert_verify_callback", "SSL_get_peer_certificate",
        "SSL_get1_peer_certificate", "SSL_connect", "mysql_options",
        "mysql_optionsv", "mongoc_client_new", "mongoc_uri_new",
        "mongoc_uri_new_with_error", "gnutls_handshake",
        "gnutls_certificate_set_verify_function"})
    Functions.push_back(("::" + Extra).str());
  std::vector<llvm::StringRef> FunctionRefs(Functions.begin(), Functions.end());
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName(FunctionRefs)))).bind("c-call"));

  Sites.add(
      cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(
                            "enable_server_certificate_verification",
                            "set_verify_server_certs", "set_check_call_host",
                            "set_validate_certificates", "set_verify_mode",
                            "set_verify_callback"))))
          .bind("method-call"));
  Sites.add(kafkaConfSet().bind("kafka"));
  Sites.add(curlppOption().bind("curlpp"));
  Sites.add(connectionStringSite().bind("connection-string"));

  // MongoDB: mongocxx::uri{"..."}; mongoc_ssl_opt_t's accept-anything fields.
  Sites.add(cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(
                                 cxxRecordDecl(hasName("::mongocxx::uri"))))),
                             argumentCountIs(1))
                .bind("mongocxx"));
  auto MongoSslField =
      fieldDecl(hasAnyName("weak_cert_validation", "allow_invalid_hostname"),
                hasDeclContext(recordDecl(hasName("::_mongoc_ssl_opt_t"))));
  Sites.add(
      binaryOperator(hasOperatorName("="),
                     hasLHS(memberExpr(member(MongoSslField)).bind("field")))
          .bind("field-assign"));
  Sites.add(initListExpr(
                hasType(hasUnqualifiedDesugaredType(recordType(hasDeclaration(
                    recordDecl(hasName("::_mongoc_ssl_opt_t")))))))
                .bind("mongoc-ssl-init"));

  // Qt Network: verification modes and errors ignored wholesale.
  Sites.add(cxxMemberCallExpr(
                callee(cxxMethodDecl(
                    hasAnyName("setPeerVerifyMode", "ignoreSslErrors"),
                    ofClass(hasAnyName("::QSslConfiguration", "::QSslSocket",
                                       "::QNetworkReply", "::QDtls")))),
                unless(isExpansionInSystemHeader()))
                .bind("qt-call"));

  // AWS SDK for C++: ClientConfiguration::verifySSL.
  Sites.add(binaryOperator(hasOperatorName("="),
                           hasLHS(memberExpr(member(fieldDecl(
                               hasName("verifySSL"),
                               hasDeclContext(cxxRecordDecl(hasName(
                                   "::Aws::Client::ClientConfiguration"))))))),
                           unless(isExpansionInSystemHeader()))
                .bind("aws-verify"));

  // libwebsockets: lws_client_connect_info's ssl_connection flags.
  Sites.add(binaryOperator(hasAnyOperatorName("=", "|="),
                           hasLHS(memberExpr(member(
                               fieldDecl(hasName("ssl_connection"),
                                         hasDeclContext(recordDecl(hasName(
                                             "::lws_client_connect_info"))))))),
                           unless(isExpansionInSystemHeader()))
                .bind("lws-flags"));

  // Poco: a Context that does not verify; a handler that accepts failures.
  Sites.add(
      cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(
                           cxxRecordDecl(hasName("::Poco::Net::Context"))))))
          .bind("poco-context"));
  Sites.add(binaryOperator(
                hasOperatorName("="),
                hasLHS(memberExpr(member(fieldDecl(
                                      hasName("verificationMode"),
                                      hasDeclContext(cxxRecordDecl(hasName(
                                          "::Poco::Net::Context::Params"))))))
                           .bind("field")))
                .bind("poco-params"));

  // Classes whose construction accepts every peer.
  auto AcceptAll = cxxRecordDecl(
      hasAnyName("::Poco::Net::AcceptCertificateHandler",
                 "::grpc::experimental::NoOpCertificateVerifier"));
  Sites.add(
      cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(AcceptAll))),
                       unless(isExpansionInSystemHeader()))
          .bind("accept-all"));
  Sites.add(callExpr(callee(functionDecl(
                         hasAnyName("::std::make_shared", "::std::make_unique",
                                    "::std::allocate_shared"),
                         hasTemplateArgument(
                             0, refersToType(hasDeclaration(AcceptAll))))))
                .bind("accept-all"));

  // gRPC: a server that asks for client certificates and does not check
  // them; a custom verifier that never looks at the peer.
  Sites.add(
      declRefExpr(to(enumConstantDecl(hasAnyName(
                      "GRPC_SSL_REQUEST_CLIENT_CERTIFICATE_BUT_DONT_VERIFY",
                      "GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_BUT_"
                      "DONT_VERIFY"))),
                  unless(isExpansionInSystemHeader()))
          .bind("grpc-dont-verify"));
  Sites.add(
      cxxMethodDecl(hasName("Verify"), isDefinition(), parameterCountIs(3),
                    ofClass(cxxRecordDecl(isDerivedFrom(
                        "::grpc::experimental::ExternalCertificateVerifier"))))
          .bind("grpc-verifier"));
}

void UnverifiedPeerCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &Nodes = Result.Nodes;
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("curl-setopt"))
    return checkCurl(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("c-call"))
    return checkFunctionCall(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CXXMemberCallExpr>("qt-call"))
    return checkQtCall(Result, Call);
  if (const auto *Assign = Nodes.getNodeAs<BinaryOperator>("aws-verify")) {
    auto V = constantInt(Assign->getRHS(), *Result.Context);
    if (!V || *V != 0)
      return;
    Finding F;
    F.Site = Assign;
    F.Message = ("'Aws::Client::ClientConfiguration::verifySSL' is false, " +
                 AnyCertificate + "; leave it true" + NeverCarvedOut)
                    .str();
    fixValue(F, Assign->getRHS(), "true", *Result.Context);
    return report(Result, std::move(F));
  }
  if (const auto *Assign = Nodes.getNodeAs<BinaryOperator>("lws-flags"))
    return checkLwsFlags(Result, Assign);
  if (const auto *Site = Nodes.getNodeAs<Expr>("connection-string")) {
    auto Conn = connectionStringSiteOf(Site, *Result.Context);
    if (Conn && Conn->Syntax == "odbc")
      checkOdbcTrust(Result, *Conn);
    return;
  }
  if (const auto *Site = Nodes.getNodeAs<Expr>("curlpp")) {
    if (auto Option = curlppOptionOf(Site))
      checkCurlppOption(Result, *Option);
    return;
  }
  if (const auto *Call = Nodes.getNodeAs<CXXMemberCallExpr>("method-call"))
    return checkMethodCall(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("kafka")) {
    if (auto Property = kafkaProperty(Call))
      checkKafkaProperty(Result, Call, *Property);
    return;
  }
  if (const auto *Construct = Nodes.getNodeAs<CXXConstructExpr>("mongocxx"))
    return checkMongoUri(Result, Construct, "mongocxx::uri",
                         Construct->getArg(0));
  if (const auto *Assign = Nodes.getNodeAs<BinaryOperator>("field-assign"))
    return checkMongoSslField(
        Result,
        Nodes.getNodeAs<MemberExpr>("field")->getMemberDecl()->getName(),
        Assign->getRHS());
  if (const auto *Init = Nodes.getNodeAs<InitListExpr>("mongoc-ssl-init"))
    return checkMongoSslInit(Result, Init);
  if (const auto *Construct = Nodes.getNodeAs<CXXConstructExpr>("poco-context"))
    return checkPocoContext(Result, Construct);
  if (const auto *Assign = Nodes.getNodeAs<BinaryOperator>("poco-params"))
    return checkPocoParams(Result, Assign);
  if (const auto *Site = Nodes.getNodeAs<Expr>("accept-all"))
    return checkAcceptAll(Result, Site);
  if (const auto *Ref = Nodes.getNodeAs<DeclRefExpr>("grpc-dont-verify"))
    return checkGrpcDontVerify(Result, Ref);
  if (const auto *Verify = Nodes.getNodeAs<CXXMethodDecl>("grpc-verifier"))
    return checkGrpcVerifier(Result, Verify);
}

//===----------------------------------------------------------------------===//
// 1. On/off switches
//===----------------------------------------------------------------------===//

void UnverifiedPeerCheck::checkCurl(const MatchFinder::MatchResult &Result,
                                    const CallExpr *Call) {
  StringRef Option = enumeratorName(Call->getArg(1));
  bool Peer = Option == "CURLOPT_SSL_VERIFYPEER" ||
              Option == "CURLOPT_PROXY_SSL_VERIFYPEER";
  bool Host = Option == "CURLOPT_SSL_VERIFYHOST" ||
              Option == "CURLOPT_PROXY_SSL_VERIFYHOST";
  if (!Peer && !Host)
    return;
  const Expr *Value = Call->getArg(2);
  auto V = constantInt(Value, *Result.Context);
  if (!V || (Peer && *V != 0) || (Host && *V >= 2))
    return; // not provably off
  Finding F;
  F.Site = Call;
  if (Peer)
    F.Message = ("'curl_easy_setopt' turns " + Option + " off, " +
                 AnyCertificate + "; leave it on (1L)" + NeverCarvedOut)
                    .str();
  else
    F.Message = ("'curl_easy_setopt' sets " + Option + " below 2, " +
                 AnyHostName + "; use 2L" + NeverCarvedOut)
                    .str();
  fixValue(F, Value, Peer ? "1L" : "2L", *Result.Context);
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkCurlppOption(
    const MatchFinder::MatchResult &Result, const CurlppOption &Option) {
  bool Peer = Option.Option == "CURLOPT_SSL_VERIFYPEER";
  bool Host = Option.Option == "CURLOPT_SSL_VERIFYHOST";
  if (!Peer && !Host)
    return;
  auto V = constantInt(Option.Value, *Result.Context);
  if (!V || (Peer && *V != 0) || (Host && *V >= 2))
    return; // not provably off
  Finding F;
  F.Site = Option.Site;
  if (Peer)
    F.Message =
        ("'curlpp::options::SslVerifyPeer' turns CURLOPT_SSL_VERIFYPEER "
         "off, " +
         AnyCertificate + "; use true" + NeverCarvedOut)
            .str();
  else
    F.Message = ("'curlpp::options::SslVerifyHost' sets CURLOPT_SSL_VERIFYHOST "
                 "below 2, " +
                 AnyHostName + "; use 2L" + NeverCarvedOut)
                    .str();
  fixValue(F, Option.Value, Peer ? "true" : "2L", *Result.Context);
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkQtCall(const MatchFinder::MatchResult &Result,
                                      const CXXMemberCallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  const CXXMethodDecl *Method = Call->getMethodDecl();
  std::string Api =
      Method->getParent()->getNameAsString() + "::" + Method->getNameAsString();
  Finding F;
  F.Site = Call;
  if (Method->getName() == "ignoreSslErrors") {
    // ignoreSslErrors(): every error, whatever it is; a list of expected
    // errors (a pinned self-signed certificate) is fine.
    if (Call->getNumArgs() != 0)
      return;
    F.Message = "'" + Api + "()' ignores every TLS error, " +
                AnyCertificate.str() +
                "; pass the list of errors you expect (with the certificate "
                "they are for), or none" +
                NeverCarvedOut.str();
    return report(Result, std::move(F));
  }
  if (Call->getNumArgs() != 1)
    return;
  llvm::StringRef Mode = enumeratorName(Call->getArg(0));
  if (Mode != "VerifyNone" && Mode != "QueryPeer")
    return;
  // A server that does not ask for client certificates (Qt's server
  // default is VerifyNone).
  const Stmt *Body = enclosingBody(Call, Ctx);
  if (Body && !match(findAll(cxxMemberCallExpr(callee(cxxMethodDecl(
                         hasAnyName("startServerEncryption",
                                    "setLocalCertificate", "setPrivateKey"))))),
                     *Body, Ctx)
                   .empty())
    return;
  if (const auto *Fn =
          dyn_cast_or_null<FunctionDecl>(enclosingFunction(Call, Ctx)))
    if (Fn->getIdentifier() && Fn->getName() == "incomingConnection")
      return;
  F.Message =
      ("'" + Api + "' sets QSslSocket::" + Mode +
       (Mode == "QueryPeer"
            ? " (the certificate is asked for, but a bad one is "
              "accepted)"
            : "") +
       ", " + AnyCertificate + "; use QSslSocket::VerifyPeer" + NeverCarvedOut)
          .str();
  fixName(F, Call->getArg(0), "VerifyPeer", *Result.SourceManager);
  report(Result, std::move(F));
}

namespace {

/// libwebsockets' client flags that accept what verification should refuse.
struct LwsFlag {
  int64_t Bit;
  llvm::StringLiteral Name;
  bool HostName;
};
constexpr LwsFlag LwsUnverifyFlags[] = {
    {1 << 1, "LCCSCF_ALLOW_SELFSIGNED", false},
    {1 << 2, "LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK", true},
    {1 << 3, "LCCSCF_ALLOW_EXPIRED", false},
    {1 << 4, "LCCSCF_ALLOW_INSECURE", false},
};

/// The enumerators of an or-chain (`A | B | C`), or none when it is
/// anything else.
bool orChainNames(const Expr *E, llvm::SmallVectorImpl<llvm::StringRef> &Out) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Or = dyn_cast<BinaryOperator>(E)) {
    return Or->getOpcode() == BO_Or && orChainNames(Or->getLHS(), Out) &&
           orChainNames(Or->getRHS(), Out);
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (isa<EnumConstantDecl>(Ref->getDecl())) {
      Out.push_back(Ref->getDecl()->getName());
      return true;
    }
  return false;
}

} // namespace

void UnverifiedPeerCheck::checkLwsFlags(const MatchFinder::MatchResult &Result,
                                        const BinaryOperator *Assign) {
  ASTContext &Ctx = *Result.Context;
  auto V = constantInt(Assign->getRHS(), Ctx);
  if (!V)
    return;
  std::vector<std::string> Set;
  bool HostOnly = true;
  for (const LwsFlag &Flag : LwsUnverifyFlags)
    if (*V & Flag.Bit) {
      Set.push_back(Flag.Name.str());
      HostOnly &= Flag.HostName;
    }
  if (Set.empty())
    return;
  Finding F;
  F.Site = Assign;
  F.Message =
      ("'lws_client_connect_info::ssl_connection' sets " + joinInProse(Set) +
       ", " + (HostOnly ? AnyHostName : AnyCertificate) +
       "; leave only LCCSCF_USE_SSL (and the flags that do not "
       "weaken verification)" +
       NeverCarvedOut)
          .str();
  // `LCCSCF_USE_SSL | LCCSCF_ALLOW_SELFSIGNED` -> `LCCSCF_USE_SSL`.
  llvm::SmallVector<llvm::StringRef, 4> Names;
  if (orChainNames(Assign->getRHS(), Names)) {
    std::string Kept;
    for (llvm::StringRef Name : Names)
      if (!llvm::is_contained(Set, Name.str()))
        Kept += (Kept.empty() ? "" : " | ") + Name.str();
    if (!Kept.empty())
      fixValue(F, Assign->getRHS(), Kept, Ctx);
  }
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkOdbcTrust(const MatchFinder::MatchResult &Result,
                                         const ConnectionStringSite &Conn) {
  ASTContext &Ctx = *Result.Context;
  auto Text = constantString(Conn.Value, Ctx);
  if (!Text)
    return;
  auto Parsed = parseOdbcConnString(Text->Value);
  if (!Parsed)
    return;
  OdbcTls Tls = odbcTls(*Parsed);
  const ConnParam *Trust = Tls.TrustsAnyCertificate;
  if (!Trust || Tls.Off)
    return; // plaintext is transit-plaintext-database's
  Finding F;
  F.Site = Conn.Site;
  F.Message =
      ("'" + Conn.Api + "' connects with " + Trust->Key + "=" + Trust->Value +
       ", " + AnyCertificate + "; use " + Trust->Key + "=no" + NeverCarvedOut)
          .str();
  editString(F, *Text, {TextEdit{Trust->ValueOffset, Trust->ValueLength, "no"}},
             Ctx, "connection string");
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkFunctionCall(
    const MatchFinder::MatchResult &Result, const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  StringRef Name = calleeName(Call);
  TransportModel &Model = TransportModel::of(Ctx);
  bool Switch = false; // the tables list Name as a verification switch
  for (const auto &[Lib, S] : Model.apisOf(Call)) {
    if (S->R != model::Role::Unverify && S->R != model::Role::UnverifyHost)
      continue;
    if (Call->getNumArgs() <= unsigned(S->When.Arg))
      continue;
    Switch = true;
    const Expr *Value = Call->getArg(S->When.Arg);
    if (Model.holds(*S, Call) != Tri::Yes)
      continue; // another row of the API may say how it is off
    // The TLS libraries' modes say whether to ask the peer for a
    // certificate: a server that does not ask for client certificates is
    // fine.
    bool TlsLibraryMode = Lib->K == model::Kind::OpenSsl ||
                          Lib->K == model::Kind::WolfSsl ||
                          Lib->K == model::Kind::MbedTls;
    if (TlsLibraryMode && S->R == model::Role::Unverify &&
        isServerSide(enclosingBody(Call, Ctx), handleOf(Call->getArg(0)), Ctx))
      return;
    if (S->UnlessResultRead &&
        (Model.anyUnattached(model::Role::CheckResult, Lib->K) ||
         !Model.transportsWith(model::Role::CheckResult, Lib->K).empty()))
      return noteUnprovable(Result, Call,
                            "the verification result is read in this file");
    Finding F;
    F.Site = Call;
    F.Message =
        ("'" + Name + "' " + S->Detail + ", " +
         (S->R == model::Role::UnverifyHost ? AnyHostName : AnyCertificate) +
         "; use " + S->Fix + NeverCarvedOut)
            .str();
    // An off switch (0) is turned on; an insecure-on switch (`true`:
    // mosquitto_tls_insecure_set) is turned off. Other values (an OpenSSL
    // mode with other bits) are left to the user.
    // A mode named whole (MBEDTLS_SSL_VERIFY_OPTIONAL) is replaced too.
    std::optional<int64_t> Constant = constantInt(Value, Ctx);
    if (Constant == 0 || (Constant && (S->When.T == model::Condition::True ||
                                       S->When.T == model::Condition::IntIn)))
      fixValue(F, Value, S->Fix, *Result.Context);
    return report(Result, std::move(F));
  }
  if (Switch) {
    // Verification on (or not known): unless a callback overrides every
    // failure.
    if (Name.ends_with("set_verify") && Call->getNumArgs() == 3)
      checkOpenSslCallback(Result, Call, Call->getArg(2));
    return;
  }

  if (Name == "natsOptions_SkipServerVerification" && Call->getNumArgs() == 2) {
    auto V = constantInt(Call->getArg(1), Ctx);
    if (!V || *V == 0)
      return;
    Finding F;
    F.Site = Call;
    F.Message = ("'natsOptions_SkipServerVerification' skips the server's "
                 "certificate verification, " +
                 AnyCertificate + "; pass false" + NeverCarvedOut)
                    .str();
    fixValue(F, Call->getArg(1), "false", *Result.Context);
    return report(Result, std::move(F));
  }
  if (Name == "SSL_CTX_set_cert_verify_callback" && Call->getNumArgs() == 3)
    return checkOpenSslCallback(Result, Call, Call->getArg(1));
  if (Name == "SSL_get_peer_certificate" || Name == "SSL_get1_peer_certificate")
    return checkPeerCertificate(Result, Call);
  if (Name == "SSL_connect")
    return checkConnect(Result, Call);
  if (Name == "gnutls_handshake")
    return checkGnutlsHandshake(Result, Call);
  if (Name == "gnutls_certificate_set_verify_function" &&
      Call->getNumArgs() == 2)
    return checkGnutlsCallback(Result, Call);
  if (Name == "mysql_options" || Name == "mysql_optionsv")
    return checkMysqlOption(Result, Call);
  if (Name == "mongoc_client_new" || Name.starts_with("mongoc_uri_new"))
    return checkMongoUri(Result, Call, Name, Call->getArg(0));
  if (Name == "mongoc_uri_set_option_as_bool" && Call->getNumArgs() == 3) {
    auto Option = constantString(Call->getArg(1), Ctx);
    auto V = constantInt(Call->getArg(2), Ctx);
    if (!Option || !isMongoInsecureOption(Option->Value) || !V || *V == 0)
      return;
    Finding F;
    F.Site = Call;
    F.Message = "'mongoc_uri_set_option_as_bool' sets " + Option->Value + ", " +
                AnyCertificate.str() + "; set it to false" +
                NeverCarvedOut.str();
    fixValue(F, Call->getArg(2), "false", *Result.Context);
    return report(Result, std::move(F));
  }
}

void UnverifiedPeerCheck::checkMethodCall(
    const MatchFinder::MatchResult &Result, const CXXMemberCallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  const CXXMethodDecl *Method = Call->getMethodDecl();
  StringRef Name = Method->getName();
  std::string Class = Method->getParent()->getQualifiedNameAsString();
  if (Name == "set_verify_mode" || Name == "set_verify_callback") {
    const Expr *Object = Call->getImplicitObjectArgument();
    if (!isSslClass(Object->getType()) || Call->getNumArgs() < 1)
      return;
    if (Name == "set_verify_callback")
      return checkAsioCallback(Result, Call);
    auto V = constantInt(Call->getArg(0), Ctx);
    if (!V || (*V & 1) ||
        isServerSide(enclosingBody(Call, Ctx), handleOf(Object), Ctx))
      return;
    Finding F;
    F.Site = Call;
    F.Message = ("'set_verify_mode' sets ssl::verify_none, " + AnyCertificate +
                 "; use ssl::verify_peer" + NeverCarvedOut)
                    .str();
    const auto *Ref =
        dyn_cast<DeclRefExpr>(Call->getArg(0)->IgnoreParenImpCasts());
    if (Ref && Ref->getDecl()->getName() == "verify_none")
      fixName(F, Ref, "verify_peer", *Result.SourceManager);
    return report(Result, std::move(F));
  }
  // The entry of this very class, else the first of that method name (a
  // derived class: httplib::ClientImpl's method through httplib::Client).
  const MethodSwitch *Found = nullptr;
  for (const MethodSwitch &S : MethodSwitches)
    if (Name == S.Method && (!Found || Class == S.Api.rsplit("::").first))
      Found = &S;
  for (const MethodSwitch &S : llvm::ArrayRef(Found, Found ? 1 : 0)) {
    if (Call->getNumArgs() != 1)
      return;
    if (!StringRef(Class).starts_with(S.Api.substr(0, S.Api.find("::"))))
      return; // another library's method of that name
    auto V = constantInt(Call->getArg(0), Ctx);
    if (!V || *V != 0)
      return;
    Finding F;
    F.Site = Call;
    F.Message = ("'" + S.Api + "' " + S.What + ", " +
                 (S.HostName ? AnyHostName : AnyCertificate) + "; pass true" +
                 NeverCarvedOut)
                    .str();
    fixValue(F, Call->getArg(0), "true", *Result.Context);
    return report(Result, std::move(F));
  }
}

void UnverifiedPeerCheck::checkMongoUri(const MatchFinder::MatchResult &Result,
                                        const Expr *Site, StringRef Api,
                                        const Expr *Arg) {
  ASTContext &Ctx = *Result.Context;
  auto Text = constantString(Arg, Ctx);
  if (!Text)
    return;
  auto Uri = parseUrl(Text->Value);
  if (!Uri || (Uri->Scheme != "mongodb" && Uri->Scheme != "mongodb+srv"))
    return;
  std::vector<TextEdit> Edits;
  std::string Options;
  for (const ConnParam &P : Uri->Query) {
    if (!isMongoInsecureOption(P.Key) || !isTrueText(P.Value))
      continue;
    Options += (Options.empty() ? "" : ", ") + P.Key + "=" + P.Value;
    Edits.push_back({P.ValueOffset, P.ValueLength, "false"});
  }
  if (Edits.empty())
    return;
  Finding F;
  F.Site = Site;
  F.Message = ("'" + Api + "' connects to MongoDB with " + Options + ", " +
               AnyCertificate + "; set " + (Edits.size() == 1 ? "it" : "them") +
               " to false" + NeverCarvedOut)
                  .str();
  editString(F, *Text, Edits, Ctx, "connection string");
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkMongoSslField(const MatchResult &Result,
                                             StringRef Name,
                                             const Expr *Value) {
  auto V = constantInt(Value, *Result.Context);
  if (!V || *V == 0)
    return;
  Finding F;
  F.Site = Value;
  F.Message =
      ("'mongoc_ssl_opt_t::" + Name + "' is set, " +
       (Name == "allow_invalid_hostname" ? AnyHostName : AnyCertificate) +
       "; set it to false" + NeverCarvedOut)
          .str();
  fixValue(F, Value, "false", *Result.Context);
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkMongoSslInit(
    const MatchFinder::MatchResult &Result, const InitListExpr *Init) {
  if (Init->isSyntacticForm() && Init->getSemanticForm())
    Init = Init->getSemanticForm();
  const auto *Record = Init->getType()->getAsRecordDecl();
  if (!Record)
    return;
  for (const FieldDecl *Field : Record->fields()) {
    unsigned I = Field->getFieldIndex();
    if (I >= Init->getNumInits())
      break;
    StringRef Name = Field->getName();
    if (Name != "weak_cert_validation" && Name != "allow_invalid_hostname")
      continue;
    const Expr *Value = Init->getInit(I);
    if (!isa<ImplicitValueInitExpr>(Value))
      checkMongoSslField(Result, Name, Value);
  }
}

void UnverifiedPeerCheck::checkKafkaProperty(
    const MatchFinder::MatchResult &Result, const Expr *Site,
    const KafkaProperty &Set) {
  ASTContext &Ctx = *Result.Context;
  StringRef Api = Set.Api;
  auto Key = constantString(Set.Name, Ctx);
  auto Val = Key ? constantString(Set.Value, Ctx) : std::nullopt;
  if (!Val)
    return;
  std::string Property = StringRef(Key->Value).lower();
  StringRef V = StringRef(Val->Value).trim();
  Finding F;
  F.Site = Site;
  std::string Fix;
  if (Property == "enable.ssl.certificate.verification" && isFalseText(V)) {
    F.Message = ("'" + Api +
                 "' sets enable.ssl.certificate.verification=" + Val->Value +
                 ", " + AnyCertificate + "; set it to true" + NeverCarvedOut)
                    .str();
    Fix = "true";
  } else if (Property == "ssl.endpoint.identification.algorithm" &&
             V.equals_insensitive("none")) {
    F.Message = ("'" + Api +
                 "' sets ssl.endpoint.identification.algorithm=" + Val->Value +
                 ", " + AnyHostName + "; set it to https" + NeverCarvedOut)
                    .str();
    Fix = "https";
  } else {
    return;
  }
  editString(F, *Val, {TextEdit{0, Val->Value.size(), Fix}}, Ctx, "value");
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkMysqlOption(
    const MatchFinder::MatchResult &Result, const CallExpr *Call) {
  if (Call->getNumArgs() < 3 ||
      enumeratorName(Call->getArg(1)) != "MYSQL_OPT_SSL_VERIFY_SERVER_CERT")
    return;
  // The value is passed by address: `&verify` (my_bool / bool / unsigned).
  const auto *AddressOf =
      dyn_cast<UnaryOperator>(Call->getArg(2)->IgnoreParenCasts());
  if (!AddressOf || AddressOf->getOpcode() != UO_AddrOf)
    return;
  const auto *Variable =
      dyn_cast<DeclRefExpr>(AddressOf->getSubExpr()->IgnoreParenImpCasts());
  const auto *VD = Variable ? dyn_cast<VarDecl>(Variable->getDecl()) : nullptr;
  if (!VD || !VD->hasLocalStorage() || !VD->getInit())
    return;
  auto V = constantInt(VD->getInit(), *Result.Context);
  if (!V || *V != 0)
    return;
  // Taking its address is what passes it; any other use but a plain read
  // (an assignment, another `&verify`) may change it.
  ASTContext &Ctx = *Result.Context;
  for (const BoundNodes &Match :
       match(findAll(declRefExpr(to(varDecl(equalsNode(VD)))).bind("use")),
             *enclosingBody(Call, Ctx), Ctx)) {
    const auto *Use = Match.getNodeAs<DeclRefExpr>("use");
    if (Use == Variable)
      continue;
    const auto Parents = Ctx.getParents(*Use);
    const auto *Read =
        Parents.empty() ? nullptr : Parents[0].get<ImplicitCastExpr>();
    if (!Read || Read->getCastKind() != CK_LValueToRValue)
      return;
  }
  Finding F;
  F.Site = Call;
  F.Message = ("'" + calleeName(Call) +
               "' turns MYSQL_OPT_SSL_VERIFY_SERVER_CERT off, " +
               AnyCertificate + "; point it at a true value" + NeverCarvedOut)
                  .str();
  F.Notes.push_back({VD->getLocation(), "the value passed is defined here"});
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkPocoContext(
    const MatchFinder::MatchResult &Result, const CXXConstructExpr *Construct) {
  if (Construct->getNumArgs() < 2 ||
      namesServer(Construct->getArg(0), *Result.Context))
    return; // a server not asking for client certificates
  for (const Expr *Arg : Construct->arguments()) {
    const auto *Enum = Arg->getType()->getAs<EnumType>();
    if (!Enum || Enum->getDecl()->getName() != "VerificationMode")
      continue;
    auto V = constantInt(Arg, *Result.Context);
    if (!V || *V != 0)
      return;
    Finding F;
    F.Site = Construct;
    F.Message =
        ("'Poco::Net::Context' is created with VERIFY_NONE, " + AnyCertificate +
         "; use VERIFY_RELAXED or VERIFY_STRICT" + NeverCarvedOut)
            .str();
    const auto *Ref = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts());
    if (Ref && Ref->getDecl()->getName() == "VERIFY_NONE")
      fixName(F, Ref, "VERIFY_RELAXED", *Result.SourceManager);
    return report(Result, std::move(F));
  }
}

void UnverifiedPeerCheck::checkPocoParams(
    const MatchFinder::MatchResult &Result, const BinaryOperator *Assign) {
  ASTContext &Ctx = *Result.Context;
  auto V = constantInt(Assign->getRHS(), Ctx);
  if (!V || *V != 0)
    return;
  // Params later given to a server's Context: it does not ask for client
  // certificates, which is the server default.
  const ValueDecl *Params = handleOf(Assign->getLHS());
  if (const Stmt *Body = enclosingBody(Assign, Ctx); Body && Params)
    for (const BoundNodes &Match : match(
             findAll(cxxConstructExpr(
                         hasDeclaration(cxxConstructorDecl(ofClass(
                             cxxRecordDecl(hasName("::Poco::Net::Context"))))),
                         argumentCountIs(2))
                         .bind("ctor")),
             *Body, Ctx)) {
      const auto *Ctor = Match.getNodeAs<CXXConstructExpr>("ctor");
      if (handleOf(Ctor->getArg(1)) == Params &&
          namesServer(Ctor->getArg(0), *Result.Context))
        return;
    }
  Finding F;
  F.Site = Assign;
  F.Message = ("'Poco::Net::Context::Params::verificationMode' is set to "
               "VERIFY_NONE, " +
               AnyCertificate + "; use VERIFY_RELAXED or VERIFY_STRICT" +
               NeverCarvedOut)
                  .str();
  const auto *Ref =
      dyn_cast<DeclRefExpr>(Assign->getRHS()->IgnoreParenImpCasts());
  if (Ref && Ref->getDecl()->getName() == "VERIFY_NONE")
    fixName(F, Ref, "VERIFY_RELAXED", *Result.SourceManager);
  report(Result, std::move(F));
}

//===----------------------------------------------------------------------===//
// 2. Callbacks, handlers and verifiers that accept everything
//===----------------------------------------------------------------------===//

void UnverifiedPeerCheck::checkOpenSslCallback(
    const MatchFinder::MatchResult &Result, const CallExpr *Call,
    const Expr *Callback) {
  const FunctionDecl *Fn = callbackFunction(Callback);
  if (!Fn || !alwaysAccepts(Fn, *Result.Context))
    return;
  Finding F;
  F.Site = Call;
  StringRef Name = calleeName(Call);
  F.Message =
      ("'" + Name + "' installs " + callbackName(Fn) +
       ", which returns success for every certificate, " + AnyCertificate +
       "; return the verification result (" +
       (Name == "SSL_CTX_set_cert_verify_callback" ? "X509_verify_cert(ctx)"
                                                   : "preverify_ok") +
       ") instead" + NeverCarvedOut)
          .str();
  F.Notes.push_back({Fn->getLocation(), "the callback is defined here"});
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkAsioCallback(
    const MatchFinder::MatchResult &Result, const CXXMemberCallExpr *Call) {
  const FunctionDecl *Fn = callbackFunction(Call->getArg(0));
  if (!Fn || !alwaysAccepts(Fn, *Result.Context))
    return;
  Finding F;
  F.Site = Call;
  F.Message = ("'set_verify_callback' installs " + callbackName(Fn) +
               ", which returns true for every certificate, " + AnyCertificate +
               "; use ssl::host_name_verification (or return 'preverified')" +
               NeverCarvedOut)
                  .str();
  F.Notes.push_back({Fn->getLocation(), "the callback is defined here"});
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkAcceptAll(const MatchFinder::MatchResult &Result,
                                         const Expr *Site) {
  const CXXRecordDecl *Class = nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Site))
    Class = Construct->getConstructor()->getParent();
  else if (const auto *Call = dyn_cast<CallExpr>(Site))
    if (const auto *Fn = Call->getDirectCallee())
      if (const auto *Args = Fn->getTemplateSpecializationArgs())
        Class = Args->get(0).getAsType()->getAsCXXRecordDecl();
  if (!Class)
    return;
  Finding F;
  F.Site = Site;
  if (Class->getName() == "AcceptCertificateHandler")
    F.Message = ("'Poco::Net::AcceptCertificateHandler' accepts every "
                 "certificate that fails verification, " +
                 AnyCertificate + "; use Poco::Net::RejectCertificateHandler" +
                 NeverCarvedOut)
                    .str();
  else
    F.Message =
        ("'grpc::experimental::NoOpCertificateVerifier' checks no "
         "peer identity, " +
         AnyHostName + "; use grpc::experimental::HostNameCertificateVerifier" +
         NeverCarvedOut)
            .str();
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkGrpcDontVerify(
    const MatchFinder::MatchResult &Result, const DeclRefExpr *Ref) {
  StringRef Name = Ref->getDecl()->getName();
  Finding F;
  F.Site = Ref;
  F.Message = ("'" + Name +
               "' asks clients for a certificate and does not verify it, so "
               "any client can present any identity; use the _AND_VERIFY "
               "variant" +
               NeverCarvedOut)
                  .str();
  std::string Fixed = Name.str();
  Fixed.replace(Fixed.rfind("_BUT_DONT_VERIFY"), strlen("_BUT_DONT_VERIFY"),
                "_AND_VERIFY");
  fixName(F, Ref, Fixed, *Result.SourceManager);
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkGrpcVerifier(
    const MatchFinder::MatchResult &Result, const CXXMethodDecl *Verify) {
  // Verify(request, callback, sync_status): one that never reads the request
  // (the peer's certificate and names) cannot be checking the peer.
  const ParmVarDecl *Request = Verify->getParamDecl(0);
  if (Request->isReferenced() || !Verify->getBody())
    return;
  Finding F;
  F.SiteDecl = Verify;
  F.Message = ("'" + Verify->getParent()->getNameAsString() +
               "::Verify' never reads the verification request, so it "
               "accepts every peer and anyone on the network path can "
               "impersonate it; check the peer's identity in the request" +
               NeverCarvedOut)
                  .str();
  report(Result, std::move(F));
}

//===----------------------------------------------------------------------===//
// 3. OpenSSL clients that never check what they got
//===----------------------------------------------------------------------===//

namespace {

/// Whether anything in the TU asks for verification on \p Ssl's transport
/// (the SSL object, its SSL_CTX, the contexts it is made from, wherever
/// they are set up), or on a context the model cannot follow.
Tri verificationOf(TransportModel &Model,
                   std::optional<TransportModel::TransportId> Ssl,
                   bool &ExplicitlyOff) {
  ExplicitlyOff = false;
  if (Model.anyUnattached(model::Role::Verify, model::Kind::OpenSsl))
    return Tri::Maybe;
  if (!Ssl)
    return Tri::No;
  Tri Verify = Model.any(*Ssl, model::Role::Verify, model::Kind::OpenSsl);
  if (Verify == Tri::No)
    for (const TransportModel::Event &E : Model.eventsOf(*Ssl))
      ExplicitlyOff |= E.Api && E.Api->R == model::Role::Verify;
  if (Verify != Tri::No || ExplicitlyOff || !Model.originsOf(*Ssl).empty())
    return Verify;
  // A context that comes from outside the TU (a parameter no caller here
  // passes) may be the one another function of the TU, also given its
  // context from outside, asks to verify.
  for (TransportModel::TransportId Other :
       Model.transportsWith(model::Role::Verify, model::Kind::OpenSsl))
    if (Model.originsOf(Other).empty())
      return Tri::Maybe;
  return Tri::No;
}

} // namespace

void UnverifiedPeerCheck::checkPeerCertificate(
    const MatchFinder::MatchResult &Result, const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  if (Call->getNumArgs() != 1)
    return;
  TransportModel &Model = TransportModel::of(Ctx);
  auto Ssl = Model.transportOf(Call->getArg(0));
  bool Off = false;
  if (verificationOf(Model, Ssl, Off) != Tri::No)
    return; // the handshake fails on a bad certificate
  if (!Ssl)
    return noteUnprovable(Result, Call);
  // Is the verification result read: afterwards in this function, or in
  // another function of the TU that gets the connection?
  const SourceManager &SM = *Result.SourceManager;
  const FunctionDecl *Here =
      dyn_cast_or_null<FunctionDecl>(enclosingFunction(Call, Ctx));
  for (const TransportModel::Event &E : Model.eventsOf(*Ssl)) {
    if (!E.Api || E.Api->R != model::Role::CheckResult)
      continue;
    bool SameFunction =
        Here && E.In && E.In->getCanonicalDecl() == Here->getCanonicalDecl();
    if (!SameFunction || SM.isBeforeInTranslationUnit(Call->getBeginLoc(),
                                                      E.Call->getBeginLoc()))
      return;
  }
  Finding F;
  F.Site = Call;
  F.Message =
      ("'" + calleeName(Call) +
       "' returns the peer's certificate whether or not it verified, "
       "and nothing here asks for SSL_VERIFY_PEER or checks "
       "SSL_get_verify_result afterwards, " +
       AnyCertificate + "; check SSL_get_verify_result(ssl) == X509_V_OK" +
       NeverCarvedOut)
          .str();
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkConnect(const MatchFinder::MatchResult &Result,
                                       const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  if (Call->getNumArgs() != 1)
    return;
  // The SSL object, its SSL_CTX and whatever they are made from or passed
  // through, anywhere in the TU (models/OpenSsl.cpp).
  TransportModel &Model = TransportModel::of(Ctx);
  auto Ssl = Model.transportOf(Call->getArg(0));
  bool ExplicitlyOff = false;
  Tri Verify = verificationOf(Model, Ssl, ExplicitlyOff);
  if (ExplicitlyOff)
    return; // SSL_VERIFY_NONE is reported where it is set
  if (Verify == Tri::No) {
    Finding F;
    F.Site = Call;
    F.Message =
        ("'SSL_connect' completes a handshake on a connection whose context "
         "never asks for SSL_VERIFY_PEER (OpenSSL's default is "
         "SSL_VERIFY_NONE), " +
         AnyCertificate +
         "; call SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL) (with a CA, "
         "and SSL_set1_host) before it" +
         NeverCarvedOut)
            .str();
    if (Ssl)
      noteExit(F, Model.firstExit(*Ssl), "the connection");
    return report(Result, std::move(F));
  }
  if (!RequireHostNameCheck)
    return;
  if (Model.anyUnattached(model::Role::CheckHost, model::Kind::OpenSsl))
    return;
  if (Ssl &&
      Model.any(*Ssl, model::Role::CheckHost, model::Kind::OpenSsl) != Tri::No)
    return;
  Finding F;
  F.Site = Call;
  F.Message = ("'SSL_connect' completes a handshake whose certificate host "
               "name is never checked (no SSL_set1_host or "
               "X509_VERIFY_PARAM_set1_host on it), " +
               AnyHostName + "; call SSL_set1_host(ssl, host) before it" +
               NeverCarvedOut)
                  .str();
  report(Result, std::move(F));
}

//===----------------------------------------------------------------------===//
// 4. GnuTLS clients that never ask for verification
//===----------------------------------------------------------------------===//

namespace {

/// Whether \p Fn's every return is the constant 0 and it calls no
/// gnutls_certificate_verify_peers*: a GnuTLS verify function that lets
/// every handshake go on without looking at the certificate.
bool continuesWithoutVerifying(const FunctionDecl *Fn, ASTContext &Ctx) {
  const FunctionDecl *Definition = nullptr;
  if (!Fn || !Fn->hasBody(Definition) || !Definition->getBody())
    return false;
  ReturnCollector Collector;
  Collector.TraverseStmt(Definition->getBody());
  if (Collector.Returns.empty() ||
      !llvm::all_of(Collector.Returns, [&](const ReturnStmt *R) {
        return R->getRetValue() && constantInt(R->getRetValue(), Ctx) == 0;
      }))
    return false;
  return match(findAll(callExpr(callee(functionDecl(
                   hasAnyName("::gnutls_certificate_verify_peers",
                              "::gnutls_certificate_verify_peers2",
                              "::gnutls_certificate_verify_peers3",
                              "::gnutls_x509_crt_verify",
                              "::gnutls_x509_trust_list_"
                              "verify_crt",
                              "::gnutls_x509_trust_list_verify_crt2"))))),
               *Definition->getBody(), Ctx)
      .empty();
}

} // namespace

void UnverifiedPeerCheck::checkGnutlsCallback(
    const MatchFinder::MatchResult &Result, const CallExpr *Call) {
  const FunctionDecl *Fn = callbackFunction(Call->getArg(1));
  if (!Fn || !continuesWithoutVerifying(Fn, *Result.Context))
    return;
  Finding F;
  F.Site = Call;
  F.Message =
      ("'gnutls_certificate_set_verify_function' installs " + callbackName(Fn) +
       ", which lets every handshake go on without verifying the "
       "certificate, " +
       AnyCertificate +
       "; call gnutls_certificate_verify_peers3 in it and return "
       "non-zero on failure (or use gnutls_session_set_verify_cert)" +
       NeverCarvedOut)
          .str();
  F.Notes.push_back({Fn->getLocation(), "the callback is defined here"});
  report(Result, std::move(F));
}

void UnverifiedPeerCheck::checkGnutlsHandshake(
    const MatchFinder::MatchResult &Result, const CallExpr *Call) {
  if (Call->getNumArgs() != 1)
    return;
  TransportModel &Model = TransportModel::of(*Result.Context);
  // Verification asked for anywhere in the TU (on a session or on the
  // credentials a session may be given: the model does not link the two)
  // may be this session's.
  if (Model.anyUnattached(model::Role::Verify, model::Kind::GnuTls) ||
      !Model.transportsWith(model::Role::Verify, model::Kind::GnuTls).empty())
    return;
  auto Session = Model.transportOf(Call->getArg(0));
  if (!Session)
    return noteUnprovable(Result, Call, "the session is not known here");
  // A client session, made here, with certificate credentials: GNUTLS_CLIENT
  // is 1 << 1, GNUTLS_CRD_CERTIFICATE is 1.
  bool Client = false, Certificates = false;
  ASTContext &Ctx = *Result.Context;
  for (const TransportModel::Event &E : Model.eventsOf(*Session)) {
    if (!E.Api || !isa<CallExpr>(E.Call))
      continue;
    const auto *C = cast<CallExpr>(E.Call);
    auto Arg1 =
        C->getNumArgs() >= 2 ? constantInt(C->getArg(1), Ctx) : std::nullopt;
    if (E.Api->Name == "gnutls_init")
      Client |= Arg1 && (*Arg1 & 2);
    else if (E.Api->Name == "gnutls_credentials_set")
      Certificates |= Arg1 == 1;
  }
  if (!Client || !Certificates)
    return;
  // Handed to the service's own code in another file, which may verify it.
  const TransportModel::Event *Exit = Model.firstExit(*Session);
  if (Exit && Exit->Callee &&
      !Result.SourceManager->isInSystemHeader(Exit->Callee->getLocation()))
    return noteUnprovable(Result, Call,
                          "the session is given to code in another file");
  Finding F;
  F.Site = Call;
  F.Message =
      ("'gnutls_handshake' completes a client handshake that nothing asks "
       "to verify (GnuTLS verifies only when told: no "
       "gnutls_session_set_verify_cert, verify function or "
       "gnutls_certificate_verify_peers3 here), " +
       AnyCertificate +
       "; call gnutls_session_set_verify_cert(session, host, 0) before it" +
       NeverCarvedOut)
          .str();
  noteExit(F, Exit, "the session");
  report(Result, std::move(F));
}

} // namespace transit
