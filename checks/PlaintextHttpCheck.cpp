//===- PlaintextHttpCheck.cpp - transit-plaintext-http --------------------===//
#include "PlaintextHttpCheck.h"

#include "transit/AsioTransport.h"
#include "transit/ConnectionString.h"
#include "transit/ConstantString.h"
#include "transit/HandleUse.h"
#include "transit/Prose.h"
#include "transit/TransportModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

/// The edit turning a leading `http://` (any case) into `https://`.
std::optional<TextEdit> toHttps(StringRef Url) {
  if (!Url.starts_with_insensitive("http://"))
    return std::nullopt;
  return TextEdit{0, 4, "https"};
}

/// A fix-it renaming the class of the object \p Construct builds, where the
/// declaration spells its type (`httplib::Client cli(...)` -> SSLClient).
std::optional<FixItHint> renameType(const CXXConstructExpr *Construct,
                                    StringRef From, StringRef To,
                                    ASTContext &Ctx) {
  TypeSourceInfo *Type = nullptr;
  if (const auto *Temporary = dyn_cast<CXXTemporaryObjectExpr>(Construct))
    Type = Temporary->getTypeSourceInfo();
  else if (const auto *Var =
               dyn_cast_or_null<VarDecl>(storedIn(Construct, Ctx)))
    Type = Var->getTypeSourceInfo();
  if (!Type)
    return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Name = Type->getTypeLoc().getEndLoc();
  if (Name.isInvalid() || !Name.isFileID() || SM.isInSystemHeader(Name))
    return std::nullopt;
  CharSourceRange Token = CharSourceRange::getTokenRange(Name);
  if (Lexer::getSourceText(Token, SM, Ctx.getLangOpts()) != From)
    return std::nullopt; // `auto`, a typedef, ...: not the class's own name
  return FixItHint::CreateReplacement(Token, To);
}

/// The string a `web::uri` argument is built from (`U("http://...")`,
/// `web::uri(U("..."))`, `conversions::to_string_t("...")`, a string
/// variable), or \p Arg itself when it is
/// not one built in place (a uri variable: its values are then not known).
const Expr *uriText(const Expr *Arg) {
  const Expr *E = Arg;
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E))
      E = C->getSubExpr();
    else if (const auto *Call = dyn_cast<CallExpr>(E);
             Call && Call->getNumArgs() == 1 && Call->getDirectCallee() &&
             llvm::is_contained(
                 {llvm::StringRef("utility::conversions::"
                                  "to_string_t"),
                  llvm::StringRef("utility::conversions::"
                                  "to_utf8string")},
                 Call->getDirectCallee()->getQualifiedNameAsString()))
      E = Call->getArg(0); // a conversion of the same text
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E)) {
      if (C->getConstructor()->getParent()->getQualifiedNameAsString() !=
          "web::uri")
        return E; // the string itself (std::string("..."))
      if (C->getNumArgs() != 1)
        return Arg;
      if (C->getConstructor()->isCopyOrMoveConstructor())
        E = C->getArg(0); // web::uri(web::uri(...))
      else if (isStringLikeType(C->getArg(0)->getType()))
        E = C->getArg(0); // the text; peeled further (to_string_t)
      else
        return Arg;
    } else
      return E == Arg->IgnoreParenImpCasts() ? Arg : E;
  }
  return Arg;
}

/// The strings of a civetweb options list written out in the TU: a
/// `const char *options[] = {"listening_ports", "8080", NULL}` array or a
/// `std::vector<std::string>` built from a braced list, up to its null
/// terminator. std::nullopt when any element is not known here.
std::optional<std::vector<ConstantString>> optionStrings(const Expr *Options,
                                                         ASTContext &Ctx) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Options->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->getInit())
    return std::nullopt;
  const Expr *Init = Var->getInit()->IgnoreImplicit();
  // std::vector<std::string> options = {...}: the initializer_list's array.
  for (unsigned Depth = 0; Depth < 6 && !isa<InitListExpr>(Init); ++Depth) {
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init)) {
      if (Construct->getNumArgs() < 1)
        return std::nullopt;
      Init = Construct->getArg(0)->IgnoreImplicit();
    } else if (const auto *List = dyn_cast<CXXStdInitializerListExpr>(Init)) {
      Init = List->getSubExpr()->IgnoreImplicit();
    } else if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(Init)) {
      Init = Temp->getSubExpr()->IgnoreImplicit();
    } else {
      return std::nullopt;
    }
  }
  const auto *List = dyn_cast<InitListExpr>(Init);
  if (!List)
    return std::nullopt;
  std::vector<ConstantString> Strings;
  for (const Expr *E : List->inits()) {
    if (isNullPointer(E, Ctx))
      break;
    auto S = constantString(E, Ctx);
    if (!S || S->hasHoles())
      return std::nullopt;
    Strings.push_back(std::move(*S));
  }
  return Strings;
}

} // namespace

void PlaintextHttpCheck::registerSiteMatchers(SiteMatchers &Sites) {
  auto Constructs = [](auto... Names) {
    return cxxConstructExpr(hasDeclaration(cxxConstructorDecl(
        unless(isCopyConstructor()), unless(isMoveConstructor()),
        ofClass(cxxRecordDecl(hasAnyName(Names...)).bind("class")))));
  };
  Sites.add(callExpr(callee(functionDecl(hasName("::curl_easy_setopt"))),
                     argumentCountIs(3))
                .bind("curl-setopt"));
  Sites.add(curlppOption().bind("curlpp"));
  Sites.add(callExpr(callee(functionDecl(hasName("::curl_url_set"))),
                     argumentCountIs(4))
                .bind("curl-url-set"));
  Sites.add(
      Constructs("::httplib::Client", "::httplib::Server").bind("httplib"));
  Sites.add(Constructs("::Poco::Net::HTTPClientSession").bind("poco-client"));
  // The TLS counterparts: evidence of encryption (ReportConnectionSites).
  Sites.add(Constructs("::httplib::SSLClient", "::httplib::SSLServer",
                       "::Poco::Net::HTTPSClientSession")
                .bind("tls-http"));
  Sites.add(Constructs("::Poco::Net::HTTPServer").bind("poco-server"));
  Sites.add(Constructs("::cpr::Url").bind("cpr"));
  Sites.add(callExpr(callee(functionDecl(hasAnyName("::MHD_start_daemon",
                                                    "::MHD_start_daemon_va"))
                                .bind("api")),
                     hasArgument(0, expr()))
                .bind("mhd"));
  Sites.add(
      callExpr(callee(functionDecl(hasName("::mg_start"))), argumentCountIs(3))
          .bind("civetweb-start"));
  Sites.add(Constructs("::CivetServer").bind("civetweb-server"));
  Sites.add(
      cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName("run", "run_async"),
                                             ofClass(hasName("::crow::Crow")))),
                        unless(isExpansionInSystemHeader()))
          .bind("crow"));
  Sites.add(drogonAddListener().bind("drogon-listener"));
  // AWS SDK for C++: a client configuration's scheme and endpoint.
  auto AwsField = [](auto... Names) {
    return memberExpr(member(fieldDecl(
        hasAnyName(Names...), hasDeclContext(cxxRecordDecl(hasName(
                                  "::Aws::Client::ClientConfiguration"))))));
  };
  Sites.add(binaryOperator(hasOperatorName("="),
                           hasLHS(AwsField("scheme", "proxyScheme")),
                           unless(isExpansionInSystemHeader()))
                .bind("aws-scheme"));
  Sites.add(cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                hasArgument(0, AwsField("endpointOverride")),
                                unless(isExpansionInSystemHeader()))
                .bind("aws-endpoint"));
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName("::nghttp2_session_upgrade",
                                              "::nghttp2_session_upgrade2"))
                          .bind("api")))
          .bind("h2c"));
  Sites.add(
      cxxMemberCallExpr(
          callee(cxxMethodDecl(hasAnyName("serve", "serveThreaded"),
                               ofClass(hasName("::Pistache::Http::Endpoint")))),
          unless(isExpansionInSystemHeader()))
          .bind("pistache"));
  // Qt Network: a request for a URL.
  Sites.add(cxxConstructExpr(
                hasDeclaration(cxxConstructorDecl(
                    ofClass(cxxRecordDecl(hasName("::QNetworkRequest"))))),
                argumentCountIs(1),
                hasArgument(
                    0, hasType(hasUnqualifiedDesugaredType(recordType(
                           hasDeclaration(cxxRecordDecl(hasName("::QUrl"))))))),
                unless(isExpansionInSystemHeader()))
                .bind("qt-request"));
  Sites.add(cxxMemberCallExpr(
                callee(cxxMethodDecl(hasName("setUrl"),
                                     ofClass(hasName("::QNetworkRequest")))),
                argumentCountIs(1))
                .bind("qt-set-url"));
  Sites.add(
      callExpr(callee(functionDecl(hasName("::lws_client_connect_via_info"))),
               argumentCountIs(1))
          .bind("lws-connect"));
  // websocketpp endpoints, by their config (websocketpp::config::asio ...).
  Sites.add(
      declaratorDecl(hasType(qualType(hasUnqualifiedDesugaredType(recordType(
                         hasDeclaration(classTemplateSpecializationDecl(
                                            hasAnyName("::websocketpp::server",
                                                       "::websocketpp::client"))
                                            .bind("wspp-endpoint")))))),
                     unless(isExpansionInSystemHeader()))
          .bind("wspp"));
  Sites.add(callExpr(callee(functionDecl(
                                hasAnyName(
                                    "::evhttp_bind_socket",
                                    "::evhttp_bind_socket_with_handle",
                                    "::evhttp_accept_socket",
                                    "::evhttp_accept_socket_with_handle",
                                    "::evhttp_connection_base_new",
                                    "::evhttp_connection_base_bufferevent_new"))
                                .bind("api")))
                .bind("evhttp"));
  Sites.add(Constructs("::web::http::client::http_client",
                       "::web::http::experimental::listener::http_listener")
                .bind("cpprest"));
  Sites.add(callExpr(callee(functionDecl(
                         hasName("::drogon::HttpClient::newHttpClient"))))
                .bind("drogon"));
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName(
                   "::boost::beast::http::write", "::boost::beast::http::read",
                   "::boost::beast::http::async_write",
                   "::boost::beast::http::async_read"))))
          .bind("beast"));
  Sites.add(asioObjectDecl());
}

void PlaintextHttpCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &N = Result.Nodes;
  if (const auto *Call = N.getNodeAs<CallExpr>("curl-setopt")) {
    StringRef Option = enumeratorName(Call->getArg(1));
    if (Option == "CURLOPT_URL")
      checkUrl(
          Result, Call, Call->getArg(2),
          "'curl_easy_setopt' sets CURLOPT_URL to",
          "so the request and the response cross the network in plaintext");
    else if (Option == "CURLOPT_PROXY")
      checkUrl(Result, Call, Call->getArg(2),
               "'curl_easy_setopt' sets CURLOPT_PROXY to",
               "so the proxy connection is plaintext");
    return;
  }
  if (const auto *Site = N.getNodeAs<Expr>("curlpp")) {
    auto Option = curlppOptionOf(Site);
    if (Option && Option->Option == "CURLOPT_URL")
      checkUrl(
          Result, Site, Option->Value, "'curlpp::options::Url' names",
          "so the request and the response cross the network in plaintext");
    else if (Option && Option->Option == "CURLOPT_PROXY")
      checkUrl(Result, Site, Option->Value, "'curlpp::options::Proxy' names",
               "so the proxy connection is plaintext");
    return;
  }
  if (const auto *Call = N.getNodeAs<CallExpr>("curl-url-set"))
    return checkCurlUrlSet(Result, Call);
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("httplib"))
    return checkHttplib(Result, Construct,
                        N.getNodeAs<CXXRecordDecl>("class")->getName());
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("tls-http"))
    return noteSecure(Result, Construct, "HTTP over TLS");
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("poco-client"))
    return checkPocoClient(Result, Construct);
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("poco-server"))
    return checkPocoServer(Result, Construct);
  if (const auto *Call = N.getNodeAs<CallExpr>("mhd"))
    return checkMicroHttpd(Result, Call,
                           N.getNodeAs<FunctionDecl>("api")->getName());
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("qt-request"))
    return checkUrl(
        Result, Construct, qtStringSource(Construct->getArg(0)),
        "'QNetworkRequest' is for",
        "so the request and the response cross the network in plaintext");
  if (const auto *Call = N.getNodeAs<CXXMemberCallExpr>("qt-set-url"))
    return checkUrl(
        Result, Call, qtStringSource(Call->getArg(0)),
        "'QNetworkRequest::setUrl' sets",
        "so the request and the response cross the network in plaintext");
  if (const auto *Call = N.getNodeAs<CallExpr>("h2c")) {
    // The HTTP/1.1 Upgrade to HTTP/2 exists only for cleartext (h2c): over
    // TLS, h2 is chosen by ALPN in the handshake.
    Finding F;
    F.Site = Call;
    F.Message = ("'" + N.getNodeAs<FunctionDecl>("api")->getName() +
                 "' takes an HTTP/1.1 connection over to cleartext HTTP/2 "
                 "(h2c), so requests and responses cross the network in "
                 "plaintext; negotiate h2 over TLS with ALPN instead, or " +
                 carveOutHint())
                    .str();
    return report(Result, std::move(F));
  }
  if (const auto *Call = N.getNodeAs<CXXMemberCallExpr>("crow"))
    return checkCrowRun(Result, Call);
  if (const auto *Call = N.getNodeAs<CXXMemberCallExpr>("drogon-listener"))
    return checkDrogonListener(Result, Call);
  if (const auto *Set = N.getNodeAs<BinaryOperator>("aws-scheme")) {
    if (enumeratorName(Set->getRHS()) != "HTTP")
      return;
    StringRef Field = cast<MemberExpr>(Set->getLHS()->IgnoreParenImpCasts())
                          ->getMemberDecl()
                          ->getName();
    Finding F;
    F.Site = Set;
    F.Message = ("'Aws::Client::ClientConfiguration::" + Field +
                 "' is Scheme::HTTP, so " +
                 (Field == "scheme"
                      ? "every AWS request and response crosses the network "
                        "in plaintext"
                      : "the proxy connection is plaintext") +
                 "; use Aws::Http::Scheme::HTTPS or " + carveOutHint())
                    .str();
    fixName(F, Set->getRHS(), "HTTPS", *Result.SourceManager);
    return report(Result, std::move(F));
  }
  if (const auto *Set = N.getNodeAs<CXXOperatorCallExpr>("aws-endpoint"))
    return checkUrl(
        Result, Set, Set->getArg(1),
        "'Aws::Client::ClientConfiguration::endpointOverride' is",
        "so every AWS request and response crosses the network in plaintext");
  if (const auto *Call = N.getNodeAs<CXXMemberCallExpr>("pistache"))
    return checkPistacheServe(Result, Call);
  if (const auto *Call = N.getNodeAs<CallExpr>("lws-connect"))
    return checkLwsConnect(Result, Call);
  if (const auto *Decl = N.getNodeAs<DeclaratorDecl>("wspp"))
    return checkWebsocketpp(
        Result, Decl,
        N.getNodeAs<ClassTemplateSpecializationDecl>("wspp-endpoint"));
  if (const auto *Call = N.getNodeAs<CallExpr>("evhttp"))
    return checkEvhttp(Result, Call,
                       N.getNodeAs<FunctionDecl>("api")->getName());
  if (const auto *Call = N.getNodeAs<CallExpr>("civetweb-start"))
    return checkCivetweb(Result, Call, "mg_start", Call->getArg(2));
  if (const auto *Construct =
          N.getNodeAs<CXXConstructExpr>("civetweb-server")) {
    if (Construct->getNumArgs() >= 1)
      checkCivetweb(Result, Construct, "CivetServer", Construct->getArg(0));
    return;
  }
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("cpprest"))
    return checkCppRest(Result, Construct,
                        N.getNodeAs<CXXRecordDecl>("class")->getName());
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("cpr")) {
    if (Construct->getNumArgs() >= 1)
      checkUrl(
          Result, Construct, Construct->getArg(0), "'cpr::Url' names",
          "so the request and the response cross the network in plaintext");
    return;
  }
  if (const auto *Call = N.getNodeAs<CallExpr>("drogon")) {
    if (Call->getNumArgs() >= 3 &&
        Call->getArg(1)->getType()->isIntegerType()) {
      // newHttpClient(ip, port, useSSL = false, ...)
      Expr::EvalResult UseSsl;
      if (!Call->getArg(2)->EvaluateAsInt(UseSsl, *Result.Context))
        return noteUnprovable(Result, Call, "useSSL is not known here");
      if (UseSsl.Val.getInt().getBoolValue())
        return noteSecure(Result, Call, "useSSL is true");
      Finding F;
      F.Site = Call;
      F.Message = "'drogon::HttpClient::newHttpClient' with useSSL false "
                  "speaks plaintext HTTP; pass useSSL = true or " +
                  carveOutHint();
      return report(Result, std::move(F));
    }
    if (Call->getNumArgs() >= 1 && isStringLikeType(Call->getArg(0)->getType()))
      checkUrl(Result, Call, Call->getArg(0),
               "'drogon::HttpClient::newHttpClient' connects to",
               "so requests and responses cross the network in plaintext");
    return;
  }
  if (const auto *Call = N.getNodeAs<CallExpr>("beast"))
    return checkBeastHttp(Result, Call);
  if (const auto *Decl = N.getNodeAs<DeclaratorDecl>("asio"))
    return checkBeastStream(
        Result, Decl, N.getNodeAs<ClassTemplateSpecializationDecl>("type"));
}

void PlaintextHttpCheck::checkMicroHttpd(const MatchResult &Result,
                                         const CallExpr *Call, StringRef Api) {
  // MHD_start_daemon(flags, port, ...): TLS is the MHD_USE_TLS bit (2;
  // MHD_USE_SSL is its old name), with the key and certificate as options.
  constexpr int64_t UseTls = 2;
  std::optional<int64_t> Flags = constantInt(Call->getArg(0), *Result.Context);
  if (!Flags)
    return noteUnprovable(Result, Call, "its flags are not known here");
  if (*Flags & UseTls)
    return noteSecure(Result, Call, "MHD_USE_TLS");
  Finding F;
  F.Site = Call;
  F.Message =
      ("'" + Api +
       "' without MHD_USE_TLS serves plaintext HTTP; add MHD_USE_TLS "
       "with the MHD_OPTION_HTTPS_MEM_KEY and MHD_OPTION_HTTPS_MEM_CERT "
       "options, or " +
       carveOutHint())
          .str();
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkCivetweb(const MatchResult &Result,
                                       const Expr *Site, StringRef Api,
                                       const Expr *Options) {
  ASTContext &Ctx = *Result.Context;
  if (isNullPointer(Options, Ctx)) {
    Finding F;
    F.Site = Site;
    F.Message = ("'" + Api +
                 "' without options listens on port 8080 in plaintext; set "
                 "listening_ports to TLS ports (\"8443s\") with "
                 "ssl_certificate, or " +
                 carveOutHint())
                    .str();
    return report(Result, std::move(F));
  }
  auto Strings = optionStrings(Options, Ctx);
  if (!Strings)
    return noteUnprovable(Result, Site, "its options are not known here");
  // Name/value pairs; civetweb's default listening_ports is "8080".
  const ConstantString *Ports = nullptr;
  bool HasCertificate = false;
  for (size_t I = 0; I + 1 < Strings->size(); I += 2) {
    llvm::StringRef Name = (*Strings)[I].Value;
    if (Name == "listening_ports")
      Ports = &(*Strings)[I + 1];
    HasCertificate |= Name == "ssl_certificate";
  }
  // Each port: [address:]port followed by 's' (TLS) or 'r' (a redirect to a
  // TLS port), comma-separated.
  std::vector<TextEdit> Edits;
  std::vector<std::string> Plain;
  if (Ports) {
    llvm::StringRef Value = Ports->Value;
    size_t Offset = 0;
    for (llvm::StringRef Rest = Value; !Rest.empty() || Offset == 0;) {
      auto [Entry, Tail] = Rest.split(',');
      size_t Here = Offset;
      Offset += Entry.size() + 1;
      Rest = Tail;
      llvm::StringRef Port = Entry.trim();
      if (!Port.empty() && !Port.ends_with("s") && !Port.ends_with("r")) {
        Plain.push_back(Port.str());
        Edits.push_back(TextEdit{Here + Entry.rtrim().size(), 0, "s"});
      }
      if (Tail.empty())
        break;
    }
    if (Plain.empty())
      return noteSecure(Result, Site, "TLS listening ports");
  }
  Finding F;
  F.Site = Site;
  if (!Ports)
    F.Message = ("'" + Api +
                 "' sets no listening_ports, so it listens on port 8080 in "
                 "plaintext; list TLS ports (\"8443s\") with ssl_certificate, "
                 "or " +
                 carveOutHint())
                    .str();
  else
    F.Message =
        ("'" + Api + "' listens in plaintext on " + joinInProse(Plain) +
         " (listening_ports without the 's' suffix); make them TLS "
         "ports (\"" +
         Plain.front() + "s\") with ssl_certificate, or " + carveOutHint())
            .str();
  if (Ports && HasCertificate)
    editString(F, *Ports, Edits, Ctx, "listening_ports");
  else if (Ports)
    F.Note = "a TLS port also needs the ssl_certificate option";
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkLwsConnect(const MatchResult &Result,
                                         const CallExpr *Call) {
  // lws_client_connect_via_info(&i): TLS only when i.ssl_connection has
  // LCCSCF_USE_SSL (bit 0); the struct is filled in the same function.
  ASTContext &Ctx = *Result.Context;
  const auto *Addr =
      dyn_cast<UnaryOperator>(Call->getArg(0)->IgnoreParenImpCasts());
  const auto *Ref =
      Addr && Addr->getOpcode() == UO_AddrOf
          ? dyn_cast<DeclRefExpr>(Addr->getSubExpr()->IgnoreParenImpCasts())
          : nullptr;
  const auto *Info = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  const Stmt *Body = enclosingBody(Call, Ctx);
  if (!Info || !Info->isLocalVarDecl() || !Body)
    return noteUnprovable(Result, Call,
                          "its connect info is filled in elsewhere");
  int64_t Flags = 0;
  bool Unknown = false;
  std::vector<std::string> Hosts;
  auto Field = [&](StringRef Name) {
    return memberExpr(member(fieldDecl(hasName(Name))),
                      hasObjectExpression(ignoringParenImpCasts(
                          declRefExpr(to(varDecl(equalsNode(Info)))))));
  };
  for (const BoundNodes &M :
       match(findAll(binaryOperator(hasAnyOperatorName("=", "|="),
                                    hasLHS(Field("ssl_connection")))
                         .bind("set")),
             *Body, Ctx)) {
    const auto *Set = M.getNodeAs<BinaryOperator>("set");
    if (auto V = constantInt(Set->getRHS(), Ctx))
      Flags |= *V;
    else
      Unknown = true;
  }
  for (const BoundNodes &M :
       match(findAll(
                 binaryOperator(hasOperatorName("="), hasLHS(Field("address")))
                     .bind("set")),
             *Body, Ctx))
    if (auto Host =
            constantString(M.getNodeAs<BinaryOperator>("set")->getRHS(), Ctx))
      Hosts.push_back(Host->Value);
  if (Flags & 1)
    return noteSecure(Result, Call, "LCCSCF_USE_SSL");
  if (Unknown)
    return noteUnprovable(Result, Call, "its ssl_connection is not known here");
  Finding F;
  F.Site = Call;
  F.Message = "'lws_client_connect_via_info' connects without LCCSCF_USE_SSL "
              "in ssl_connection, so the WebSocket or HTTP traffic crosses "
              "the network in plaintext; set ssl_connection = LCCSCF_USE_SSL "
              "(wss:// / https://) or " +
              carveOutHint();
  F.Destination = destinationOf(Hosts);
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkWebsocketpp(
    const MatchResult &Result, const DeclaratorDecl *Decl,
    const ClassTemplateSpecializationDecl *Endpoint) {
  // The config decides: websocketpp::config::asio / asio_client (and
  // configs derived from them) have no TLS; asio_tls / asio_tls_client do.
  const TemplateArgumentList &Args = Endpoint->getTemplateArgs();
  if (Args.size() < 1 || Args[0].getKind() != TemplateArgument::Type)
    return;
  const auto *Config = Args[0].getAsType()->getAsCXXRecordDecl();
  if (!Config || !Config->hasDefinition())
    return;
  auto Is = [&](StringRef Name) {
    std::string Qualified = ("websocketpp::config::" + Name).str();
    if (Config->getQualifiedNameAsString() == Qualified)
      return true;
    return Config->forallBases([&](const CXXRecordDecl *Base) {
      return Base->getQualifiedNameAsString() != Qualified;
    }) == false;
  };
  bool Server = Endpoint->getName() == "server";
  if (Is("asio_tls") || Is("asio_tls_client") || Is("debug_asio_tls"))
    return noteSecure(Result, Decl, "a TLS config");
  if (!Is("asio") && !Is("asio_client") && !Is("debug_asio"))
    return; // core / iostream transports, custom transports: not a socket
  std::string Type = Decl->getType().getUnqualifiedType().getAsString(
      PrintingPolicy(Result.Context->getLangOpts()));
  Finding F;
  F.SiteDecl = Decl;
  F.Message = "'" + Type + "' " +
              (Server ? "serves WebSockets (ws://) without TLS"
                      : "connects to WebSockets (ws://) without TLS") +
              ", so every message crosses the network in plaintext; use "
              "websocketpp::config::" +
              (Server ? "asio_tls" : "asio_tls_client") +
              " with set_tls_init_handler (wss://), or " + carveOutHint();
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkPistacheServe(const MatchResult &Result,
                                            const CXXMemberCallExpr *Call) {
  // useSSL on the endpoint anywhere in the TU (models/Pistache.cpp): here,
  // in the constructor of the class that holds it, in a helper.
  auto T = objectWithoutTls(Result, Call, Call->getImplicitObjectArgument(),
                            model::Kind::Pistache, "the endpoint",
                            "useSSL on the endpoint",
                            "useSSL may be called on the endpoint");
  if (!T)
    return;
  Finding F;
  F.Site = Call;
  F.Message =
      ("'Pistache::Http::Endpoint::" + Call->getMethodDecl()->getName() +
       "' serves plaintext HTTP: nothing here calls useSSL(cert, key) "
       "on the endpoint; call it before serving, or " +
       carveOutHint())
          .str();
  noteExit(F, TransportModel::of(*Result.Context).firstExit(*T),
           "the endpoint");
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkCrowRun(const MatchResult &Result,
                                      const CXXMemberCallExpr *Call) {
  // ssl_file / ssl_chainfile on the app anywhere in the TU, also earlier in
  // the same chain (models/Crow.cpp).
  auto T = objectWithoutTls(Result, Call, Call->getImplicitObjectArgument(),
                            model::Kind::Crow, "the app", "ssl_file on the app",
                            "ssl_file may be called on the app");
  if (!T)
    return;
  Finding F;
  F.Site = Call;
  F.Message = ("'crow::Crow::" + Call->getMethodDecl()->getName() +
               "' serves plaintext HTTP: nothing here calls ssl_file or "
               "ssl_chainfile on the app; call one before running it "
               "(CROW_ENABLE_SSL), or " +
               carveOutHint())
                  .str();
  noteExit(F, TransportModel::of(*Result.Context).firstExit(*T), "the app");
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkDrogonListener(const MatchResult &Result,
                                             const CXXMemberCallExpr *Call) {
  // addListener(ip, port, useSSL = false, certFile, keyFile, useOldTLS...)
  if (Call->getNumArgs() < 3)
    return;
  const Expr *UseSsl = Call->getArg(2);
  std::optional<int64_t> V = isa<CXXDefaultArgExpr>(UseSsl)
                                 ? std::optional<int64_t>(0)
                                 : constantInt(UseSsl, *Result.Context);
  if (!V)
    return noteUnprovable(Result, Call, "useSSL is not known here");
  if (*V)
    return noteSecure(Result, Call, "useSSL is true");
  Finding F;
  F.Site = Call;
  F.Message = "'drogon::HttpAppFramework::addListener' without useSSL "
              "serves plaintext HTTP; pass useSSL = true with the certificate "
              "and key files, or " +
              carveOutHint();
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkEvhttp(const MatchResult &Result,
                                     const CallExpr *Call, StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  if (Api.starts_with("evhttp_connection_")) {
    // evhttp_connection_base_new(base, dns, host, port): a plain TCP
    // connection; ..._bufferevent_new(base, dns, bev, host, port): whatever
    // bufferevent it is given.
    bool Given = Api.ends_with("bufferevent_new");
    if (Given) {
      if (Call->getNumArgs() < 3)
        return;
      const Expr *Bev = Call->getArg(2)->IgnoreParenImpCasts();
      if (const auto *Made = dyn_cast<CallExpr>(Bev)) {
        llvm::StringRef Maker = calleeName(Made);
        if (Maker.starts_with("bufferevent_openssl_") ||
            Maker.starts_with("bufferevent_mbedtls_"))
          return noteSecure(Result, Call, "a TLS bufferevent");
      }
      if (!isNullPointer(Bev, Ctx))
        return noteUnprovable(Result, Call,
                              "the bufferevent it is given is made elsewhere");
    }
    Finding F;
    F.Site = Call;
    F.Message = ("'" + Api +
                 "' makes a plain TCP connection, so HTTP requests and "
                 "responses cross the network in plaintext; give "
                 "evhttp_connection_base_bufferevent_new a "
                 "bufferevent_openssl_socket_new bufferevent, or " +
                 carveOutHint())
                    .str();
    unsigned HostArg = Given ? 3 : 2;
    if (Call->getNumArgs() > HostArg)
      if (auto Host = constantString(Call->getArg(HostArg), Ctx))
        F.Destination = destinationOf({Host->Value});
    return report(Result, std::move(F));
  }
  // A server made in this TU (models/Evhttp.cpp) with no TLS bufferevent
  // callback set on it anywhere.
  if (Call->getNumArgs() < 1)
    return;
  TransportModel &Model = TransportModel::of(Ctx);
  auto T = Model.transportOf(Call->getArg(0));
  if (!T || Model.originsOf(*T).empty())
    return noteUnprovable(Result, Call, "the server is made elsewhere");
  const TransportModel::Event *BevCb = nullptr;
  Tri Tls = Model.any(*T, model::Role::Tls, model::Kind::Evhttp, &BevCb);
  if (Tls == Tri::Yes) {
    // The callback counts as TLS when it makes a TLS bufferevent.
    const auto *Set = BevCb ? dyn_cast<CallExpr>(BevCb->Call) : nullptr;
    const auto *Ref =
        Set && Set->getNumArgs() >= 2
            ? dyn_cast<DeclRefExpr>(Set->getArg(1)->IgnoreParenImpCasts())
            : nullptr;
    const auto *Fn = Ref ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
    const FunctionDecl *Def = nullptr;
    if (Fn && Fn->hasBody(Def) &&
        !match(findAll(callExpr(callee(functionDecl(
                   matchesName("^::bufferevent_(openssl|mbedtls)_"))))),
               *Def->getBody(), Ctx)
             .empty())
      return noteSecure(Result, Call,
                        "its bufferevent callback makes TLS bufferevents");
    return noteUnprovable(Result, Call,
                          "a bufferevent callback is set on the server");
  }
  if (noteTlsVerdict(Result, Call, Tls, "",
                     "a bufferevent callback may be set on the server"))
    return;
  Finding F;
  F.Site = Call;
  F.Message = ("'" + Api +
               "' serves plaintext HTTP: nothing here gives the server a "
               "bufferevent callback that wraps connections in TLS "
               "(evhttp_set_bevcb with bufferevent_openssl_socket_new); set "
               "one, or " +
               carveOutHint())
                  .str();
  noteExit(F, Model.firstExit(*T), "the server");
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkCppRest(const MatchResult &Result,
                                      const CXXConstructExpr *Construct,
                                      StringRef Class) {
  if (Construct->getNumArgs() == 0 ||
      isa<CXXDefaultArgExpr>(Construct->getArg(0)))
    return; // http_listener(): no address yet
  const Expr *Url = uriText(Construct->getArg(0));
  if (Class == "http_listener")
    return checkUrl(
        Result, Construct, Url,
        "'web::http::experimental::listener::http_listener' listens on",
        "so requests and responses cross the network in plaintext",
        "an https:// listener also needs its certificate and key: set them "
        "with http_listener_config::set_ssl_context_callback");
  checkUrl(Result, Construct, Url,
           "'web::http::client::http_client' connects to",
           "so requests and responses cross the network in plaintext");
}

void PlaintextHttpCheck::checkUrl(const MatchResult &Result, const Expr *Site,
                                  const Expr *Url, StringRef What,
                                  StringRef Risk, StringRef ServerNote) {
  ASTContext &Ctx = *Result.Context;
  bool AllHttps = true; // every value known is an https:// URL
  Judged Verdict = judgeValues(
      Result, Url,
      [&](const ConstantString &Text,
          bool &Undecided) -> std::optional<Finding> {
        auto Edit = toHttps(Text.Value);
        if (!Edit) {
          AllHttps &=
              llvm::StringRef(Text.Value).starts_with_insensitive("https://");
          // `scheme + "://" + host`: not known; "https://" + host:
          // secure.
          Undecided = Text.schemeUnknown();
          return std::nullopt;
        }
        Finding F;
        F.Site = Site;
        F.Message = (What + " an http:// URL, " + Risk + "; use https:// or " +
                     carveOutHint())
                        .str();
        if (auto Parsed = parseUrl(Text.Value))
          F.Destination = destinationOf(hostNames(Parsed->Hosts));
        // A literal read elsewhere too (a constant shared by
        // several requests) is left alone: the note shows where it
        // is.
        bool OnlyThisUse =
            !Text.Variable ||
            TransportModel::of(Ctx).referencesTo(Text.Variable) == 1;
        editString(F, Text,
                   OnlyThisUse && ServerNote.empty()
                       ? std::vector<TextEdit>{*Edit}
                       : std::vector<TextEdit>{},
                   Ctx, "URL");
        F.Note = ServerNote.str();
        return F;
      });
  if (Verdict == Judged::Unprovable)
    noteUnprovable(Result, Site, "the URL is not known here");
  else if (Verdict == Judged::Secure && AllHttps)
    noteSecure(Result, Site, "an https:// URL");
}

void PlaintextHttpCheck::checkCurlUrlSet(const MatchResult &Result,
                                         const CallExpr *Call) {
  StringRef Part = enumeratorName(Call->getArg(1));
  if (Part == "CURLUPART_URL")
    return checkUrl(
        Result, Call, Call->getArg(2), "'curl_url_set' sets",
        "so the request and the response cross the network in plaintext");
  if (Part != "CURLUPART_SCHEME")
    return;
  auto Scheme = constantString(Call->getArg(2), *Result.Context);
  if (!Scheme || !llvm::StringRef(Scheme->Value).equals_insensitive("http"))
    return;
  Finding F;
  F.Site = Call;
  F.Message = "'curl_url_set' sets the scheme to http, so the request and the "
              "response cross the network in plaintext; use https or " +
              carveOutHint();
  editString(F, *Scheme, {TextEdit{0, 4, "https"}}, *Result.Context, "scheme");
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkHttplib(const MatchResult &Result,
                                      const CXXConstructExpr *Construct,
                                      StringRef Class) {
  ASTContext &Ctx = *Result.Context;
  Finding F;
  F.Site = Construct;
  if (Class == "Server") {
    F.Message =
        "'httplib::Server' serves plaintext HTTP; use httplib::SSLServer "
        "with a certificate and key (CPPHTTPLIB_OPENSSL_SUPPORT) or " +
        carveOutHint();
    return report(Result, std::move(F));
  }
  if (Construct->getNumArgs() == 0)
    return;
  const Expr *First = Construct->getArg(0);
  bool HostAndPort = Construct->getNumArgs() >= 2 &&
                     !isa<CXXDefaultArgExpr>(Construct->getArg(1)) &&
                     Construct->getArg(1)->getType()->isIntegerType();
  if (!HostAndPort) {
    // Client("http://host:port"): the scheme decides.
    return checkUrl(Result, Construct, First, "'httplib::Client' connects to",
                    "so requests and responses cross the network in plaintext");
  }
  F.Message = "'httplib::Client' built from a host and a port speaks "
              "plaintext HTTP; use httplib::SSLClient or " +
              carveOutHint();
  if (isDeclared(Ctx, "httplib::SSLClient")) {
    if (auto Fix = renameType(Construct, "Client", "SSLClient", Ctx))
      F.Edits.push_back(*Fix);
  } else {
    F.Note =
        "httplib::SSLClient is declared only when CPPHTTPLIB_OPENSSL_SUPPORT "
        "is defined before <httplib.h> (and OpenSSL is linked)";
  }
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkPocoClient(const MatchResult &Result,
                                         const CXXConstructExpr *Construct) {
  Finding F;
  F.Site = Construct;
  F.Message = "'Poco::Net::HTTPClientSession' speaks plaintext HTTP; use "
              "Poco::Net::HTTPSClientSession or " +
              carveOutHint();
  if (auto Fix = renameType(Construct, "HTTPClientSession",
                            "HTTPSClientSession", *Result.Context)) {
    F.Edits.push_back(*Fix);
    F.ReplacementHeader = "<Poco/Net/HTTPSClientSession.h>";
    F.Note = "HTTPSClientSession uses the default client Context of Poco's "
             "SSLManager: initialise it (Poco::Net::initializeSSL)";
  }
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkPocoServer(const MatchResult &Result,
                                         const CXXConstructExpr *Construct) {
  // HTTPServer(factory, port, ...) opens a plain ServerSocket itself;
  // HTTPServer(factory, socket, ...) serves whatever socket it is given.
  for (const Expr *Arg : Construct->arguments())
    if (const auto *RD = Arg->IgnoreParenImpCasts()
                             ->getType()
                             .getNonReferenceType()
                             ->getAsCXXRecordDecl())
      if (RD->getName() == "SecureServerSocket")
        return noteSecure(Result, Construct, "a SecureServerSocket");
  Finding F;
  F.Site = Construct;
  F.Message =
      "'Poco::Net::HTTPServer' on a plain ServerSocket serves plaintext "
      "HTTP; give it a Poco::Net::SecureServerSocket or " +
      carveOutHint();
  report(Result, std::move(F));
}

void PlaintextHttpCheck::checkBeastHttp(const MatchResult &Result,
                                        const CallExpr *Call) {
  if (Call->getNumArgs() < 2)
    return;
  QualType Stream = Call->getArg(0)->getType();
  const auto *RD = Stream.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || isSslClass(Stream))
    return;
  StringRef Name = RD->getName();
  if (Name != "basic_stream" && Name != "basic_stream_socket")
    return; // a test stream, a custom layer...
  // A stream created in this TU is one finding, at its declaration (here,
  // or as a socket by transit-plaintext-socket), not one per read and write.
  TransportModel &Model = TransportModel::of(*Result.Context);
  if (auto T = Model.transportOf(Call->getArg(0)))
    if (!Model.originsOf(*T).empty() ||
        Model.any(*T, model::Role::Tls, model::Kind::Asio) != Tri::No)
      return;
  Finding F;
  F.Site = Call;
  F.Message =
      ("'http::" + Call->getDirectCallee()->getName() +
       "' carries HTTP over a plain TCP stream, so it is plaintext; use "
       "beast::ssl_stream or " +
       carveOutHint())
          .str();
  report(Result, std::move(F));
}

} // namespace transit

namespace transit {

void PlaintextHttpCheck::checkBeastStream(
    const MatchResult &Result, const DeclaratorDecl *Decl,
    const ClassTemplateSpecializationDecl *Type) {
  auto A = judgeAsioObject(Decl, Type, *Result.Context);
  if (A && A->CarriesHttpHere && A->Secured == Tri::Yes)
    return noteSecure(Result, Decl, "HTTP over an SSL stream");
  if (!A || !A->CarriesHttpHere || A->Secured != Tri::No)
    return; // transit-plaintext-socket judges the rest
  Finding F;
  F.Message = "'" + A->Kind +
              "' carries HTTP that no SSL stream protects, so requests and "
              "responses cross the network in plaintext; use "
              "beast::ssl_stream<" +
              A->Kind + "> with an ssl::context, or " + carveOutHint();
  noteExit(F, A->Exit, "the stream");
  reportAtSites(Result, Decl, A->Sites, F);
}

} // namespace transit
