//===- PlaintextHttpCheck.cpp - transit-plaintext-http --------------------===//
#include "PlaintextHttpCheck.h"

#include "transit/AsioTransport.h"
#include "transit/ConnectionString.h"
#include "transit/ConstantString.h"
#include "transit/HandleUse.h"

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
