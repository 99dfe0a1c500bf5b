//===- PlaintextMessagingCheck.cpp - transit-plaintext-messaging ----------===//
#include "PlaintextMessagingCheck.h"

#include "transit/ConnectionString.h"
#include "transit/ConstantString.h"
#include "transit/HandleUse.h"
#include "transit/TransportModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

/// A TLS-capable scheme for a plaintext one, per protocol.
struct SchemeSwap {
  llvm::StringLiteral From, To;
};
constexpr SchemeSwap MqttSchemes[] = {
    {"tcp", "ssl"}, {"mqtt", "mqtts"}, {"ws", "wss"}};

/// Whether \p Text is a non-empty list of URLs whose schemes are all among
/// \p Secure: a connection known to use TLS.
bool allSchemesIn(llvm::StringRef Text,
                  llvm::ArrayRef<llvm::StringRef> Secure) {
  std::vector<ListedUrl> Urls = parseUrlList(Text);
  return !Urls.empty() && llvm::all_of(Urls, [&](const ListedUrl &U) {
    return llvm::is_contained(Secure, U.Parsed.Scheme);
  });
}

} // namespace

PlaintextMessagingCheck::PlaintextMessagingCheck(
    StringRef Name, tidy::ClangTidyContext *Context)
    : SiteCheck(Name, Context, CarveOutRule::Applies),
      AllowUnixDomainSockets(
          Options.getLocalOrGlobal("AllowUnixDomainSockets", false)) {}

void PlaintextMessagingCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  SiteCheck::storeOptions(Opts);
  Options.store(Opts, "AllowUnixDomainSockets", AllowUnixDomainSockets);
}

void PlaintextMessagingCheck::registerSiteMatchers(SiteMatchers &Sites) {
  auto Api = [](auto... Names) {
    return callee(functionDecl(hasAnyName(Names...)).bind("api"));
  };
  Sites.add(callExpr(Api("::amqp_tcp_socket_new", "::amqp_open_socket"))
                .bind("rabbit"));
  Sites.add(
      callExpr(Api("::coap_new_client_session", "::coap_new_client_session_psk",
                   "::coap_new_client_session_psk2",
                   "::coap_new_client_session_pki", "::coap_new_endpoint"))
          .bind("coap"));
  Sites.add(
      binaryOperator(
          hasOperatorName("="),
          hasLHS(memberExpr(member(
              fieldDecl(hasAnyName("version", "securityLevel"),
                        hasDeclContext(recordDecl(hasName("::snmp_session"))))
                  .bind("snmp-field")))),
          unless(isExpansionInSystemHeader()))
          .bind("snmp"));
  // The TLS counterpart: evidence of encryption (ReportConnectionSites).
  Sites.add(callExpr(Api("::amqp_ssl_socket_new")).bind("rabbit-tls"));
  Sites.add(cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(
                                 cxxRecordDecl(hasName("::AMQP::Address"))))),
                             argumentCountIs(1))
                .bind("amqp-address"));
  Sites.add(kafkaConfSet().bind("kafka"));
  Sites.add(callExpr(Api("::natsConnection_ConnectTo", "::natsOptions_SetURL",
                         "::natsOptions_SetServers"))
                .bind("nats"));
  Sites.add(callExpr(Api("::zmq_bind", "::zmq_connect"), argumentCountIs(2))
                .bind("zmq-c"));
  Sites.add(cxxMemberCallExpr(
                callee(cxxMethodDecl(hasAnyName("bind", "connect"),
                                     ofClass(cxxRecordDecl(hasAnyName(
                                         "::zmq::socket_t", "::zmq::socket_ref",
                                         "::zmq::detail::socket_base"))))
                           .bind("api")),
                argumentCountIs(1))
                .bind("zmq-cpp"));
  Sites.add(
      callExpr(Api("::mosquitto_connect", "::mosquitto_connect_async",
                   "::mosquitto_connect_bind", "::mosquitto_connect_bind_async",
                   "::mosquitto_connect_bind_v5", "::mosquitto_connect_srv"))
          .bind("mosquitto"));
  Sites.add(
      callExpr(Api("::MQTTClient_create", "::MQTTClient_createWithOptions",
                   "::MQTTAsync_create", "::MQTTAsync_createWithOptions"))
          .bind("mqtt-c"));
  Sites.add(
      cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(
                           cxxRecordDecl(hasAnyName("::mqtt::client",
                                                    "::mqtt::async_client"))
                               .bind("class")))))
          .bind("mqtt-cpp"));
}

void PlaintextMessagingCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &N = Result.Nodes;
  const auto *Api = N.getNodeAs<FunctionDecl>("api");
  if (const auto *Call = N.getNodeAs<CallExpr>("rabbit"))
    return checkRabbitTcpSocket(Result, Call);
  if (const auto *Call = N.getNodeAs<CallExpr>("coap"))
    return checkCoap(Result, Call, Api->getName());
  if (const auto *Set = N.getNodeAs<BinaryOperator>("snmp"))
    return checkSnmp(Result, Set,
                     N.getNodeAs<FieldDecl>("snmp-field")->getName());
  if (const auto *Call = N.getNodeAs<CallExpr>("rabbit-tls"))
    return noteSecure(Result, Call, "an AMQP connection over TLS");
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("amqp-address"))
    return checkAmqpAddress(Result, Construct);
  if (const auto *Call = N.getNodeAs<CallExpr>("kafka")) {
    if (auto Property = kafkaProperty(Call))
      checkKafkaSet(Result, Call, *Property);
    return;
  }
  if (const auto *Call = N.getNodeAs<CallExpr>("nats"))
    return checkNatsUrls(Result, Call, Api->getName());
  if (const auto *Call = N.getNodeAs<CallExpr>("zmq-c"))
    return checkZmqEndpoint(Result, Call, Call->getArg(0), Call->getArg(1),
                            Api->getName());
  if (const auto *Call = N.getNodeAs<CXXMemberCallExpr>("zmq-cpp"))
    return checkZmqEndpoint(Result, Call, Call->getImplicitObjectArgument(),
                            Call->getArg(0),
                            ("zmq::socket_t::" + Api->getName()).str());
  if (const auto *Call = N.getNodeAs<CallExpr>("mosquitto"))
    return checkMosquittoConnect(Result, Call, Api->getName());
  if (const auto *Call = N.getNodeAs<CallExpr>("mqtt-c")) {
    if (Call->getNumArgs() >= 2)
      checkMqttUri(Result, Call, Api->getName(), Call->getArg(1));
    return;
  }
  if (const auto *Construct = N.getNodeAs<CXXConstructExpr>("mqtt-cpp")) {
    const auto *Class = N.getNodeAs<CXXRecordDecl>("class");
    if (Construct->getNumArgs() >= 1 &&
        isStringLikeType(Construct->getArg(0)->getType()))
      checkMqttUri(Result, Construct, ("mqtt::" + Class->getName()).str(),
                   Construct->getArg(0));
  }
}

std::optional<Finding> PlaintextMessagingCheck::schemeFinding(
    const MatchResult &Result, const Expr *Site, const ConstantString &Urls,
    StringRef From, StringRef To, std::string Message, std::string Note,
    bool &Undecided) {
  std::vector<TextEdit> Edits = replaceScheme(Urls.Value, From, To);
  if (Edits.empty()) {
    // "amqp" + host: the scheme is known; `proto + "://" + host` is not.
    Undecided = Urls.schemeUnknown();
    return std::nullopt;
  }
  Finding F;
  F.Site = Site;
  F.Message = std::move(Message);
  F.Note = std::move(Note);
  std::vector<std::string> Hosts;
  for (const ListedUrl &U : parseUrlList(Urls.Value))
    for (const HostSpec &H : U.Parsed.Hosts)
      Hosts.push_back(H.Host);
  F.Destination = destinationOf(Hosts);
  editString(F, Urls, Edits, *Result.Context, "address");
  return F;
}

void PlaintextMessagingCheck::judgeSchemes(const MatchResult &Result,
                                           const Expr *Site, const Expr *Urls,
                                           StringRef From, StringRef To,
                                           const std::string &Message,
                                           const std::string &Note) {
  bool AllTls = true; // every value known names To:// addresses only
  Judged Verdict = judgeValues(
      Result, Urls, [&](const ConstantString &Value, bool &Undecided) {
        AllTls &= allSchemesIn(Value.Value, {To});
        return schemeFinding(Result, Site, Value, From, To, Message, Note,
                             Undecided);
      });
  if (Verdict == Judged::Unprovable)
    noteUnprovable(Result, Site, "the address is not known here");
  else if (Verdict == Judged::Secure && AllTls)
    noteSecure(Result, Site, (To + ":// addresses").str());
}

void PlaintextMessagingCheck::checkRabbitTcpSocket(const MatchResult &Result,
                                                   const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = Ctx.getSourceManager();
  const FunctionDecl *Fn = Call->getDirectCallee();
  Finding F;
  F.Site = Call;
  if (Fn->getName() == "amqp_open_socket") {
    F.Message = ("'amqp_open_socket' opens a plaintext AMQP connection; use "
                 "amqp_ssl_socket_new and amqp_socket_open, or " +
                 carveOutHint());
    return report(Result, std::move(F));
  }
  F.Message = ("'amqp_tcp_socket_new' opens a plaintext AMQP connection; use "
               "amqp_ssl_socket_new or " +
               carveOutHint());
  F.Note = "configure the broker's CA with amqp_ssl_socket_set_cacert; "
           "peer and host-name verification stay on";
  // Replace the function's name; rabbitmq-c 0.11 and 0.13+ name the header
  // differently, so follow the one that declares amqp_tcp_socket_new.
  const auto *Callee =
      dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreImpCasts());
  if (Callee && Callee->getLocation().isFileID() &&
      !SM.isInSystemHeader(Callee->getLocation())) {
    F.Edits.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(Callee->getLocation()),
        "amqp_ssl_socket_new"));
    if (!isDeclared(Ctx, "amqp_ssl_socket_new"))
      F.ReplacementHeader = SM.getFilename(SM.getSpellingLoc(Fn->getLocation()))
                                    .ends_with("rabbitmq-c/tcp_socket.h")
                                ? "<rabbitmq-c/ssl_socket.h>"
                                : "<amqp_ssl_socket.h>";
  }
  report(Result, std::move(F));
}

void PlaintextMessagingCheck::checkAmqpAddress(
    const MatchResult &Result, const CXXConstructExpr *Construct) {
  if (!isStringLikeType(Construct->getArg(0)->getType()))
    return;
  judgeSchemes(Result, Construct, Construct->getArg(0), "amqp", "amqps",
               "'AMQP::Address' names an amqp:// broker, so AMQP traffic is "
               "plaintext; use amqps:// (with AMQP::TcpHandler's TLS "
               "support) or " +
                   carveOutHint(),
               "the broker's TLS listener is usually on port 5671");
}

void PlaintextMessagingCheck::checkKafkaSet(const MatchResult &Result,
                                            const Expr *Site,
                                            const KafkaProperty &Set) {
  ASTContext &Ctx = *Result.Context;
  const Expr *Conf = Set.Conf, *Value = Set.Value;
  auto Key = constantString(Set.Name, Ctx);
  if (!Key)
    return;
  std::string Property = llvm::StringRef(Key->Value).lower();
  std::string Api = Set.Api.str();
  if (Property == "security.protocol") {
    auto Protocol = constantString(Value, Ctx);
    if (!Protocol)
      return;
    std::string Lower = llvm::StringRef(Protocol->Value).lower();
    std::string Secure = Lower == "plaintext"        ? "ssl"
                         : Lower == "sasl_plaintext" ? "sasl_ssl"
                                                     : "";
    if (Secure.empty())
      return;
    Finding F;
    F.Site = Site;
    F.Message = ("'" + Api + "' sets security.protocol=" + Protocol->Value +
                 ", so Kafka traffic is unencrypted; use " + Secure + " or " +
                 carveOutHint());
    if (auto Fix = editLiteral(Protocol->Literal,
                               {0, Protocol->Value.size(), Secure}, Ctx))
      F.Edits.push_back(*Fix);
    return report(Result, std::move(F));
  }
  if (Property != "bootstrap.servers" && Property != "metadata.broker.list")
    return;
  // The brokers are set here: is security.protocol set on the same
  // configuration anywhere in the TU (a helper, a member, a copy)? Set to
  // plaintext, it is reported where it is set.
  TransportModel &Model = TransportModel::of(Ctx);
  auto T = Model.transportOf(Conf);
  if (!T)
    return noteUnprovable(Result, Site, "the configuration is not known here");
  Tri Tls = Model.any(*T, model::Role::Tls, model::Kind::Kafka);
  if (Model.any(*T, model::Role::Weaken, model::Kind::Kafka) != Tri::No)
    return; // reported where security.protocol is set
  if (noteTlsVerdict(Result, Site, Tls, "security.protocol is ssl or sasl_ssl",
                     "security.protocol may be set"))
    return;
  Finding F;
  F.Site = Site;
  // bootstrap.servers: host:port, comma-separated (a scheme is allowed).
  if (auto Brokers = constantString(Value, Ctx)) {
    std::vector<std::string> Hosts;
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::StringRef(Brokers->Value).split(Parts, ',');
    for (llvm::StringRef Part : Parts) {
      Part = Part.trim();
      if (size_t Scheme = Part.find("://"); Scheme != llvm::StringRef::npos)
        Part = Part.drop_front(Scheme + 3);
      Hosts.push_back(grpcTargetHost(Part)); // host[:port], [v6]:port
    }
    F.Destination = destinationOf(Hosts);
  }
  F.Message = ("'" + Api + "' sets " + Property +
               " but nothing here sets security.protocol, whose default is "
               "plaintext; set security.protocol=ssl (or sasl_ssl) or " +
               carveOutHint());
  noteExit(F, Model.firstExit(*T), "the configuration");
  report(Result, std::move(F));
}

void PlaintextMessagingCheck::checkNatsUrls(const MatchResult &Result,
                                            const CallExpr *Call,
                                            StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  if (Call->getNumArgs() < 2)
    return;
  if (Api != "natsConnection_ConnectTo") {
    // Options: natsOptions_SetSecure(opts, true) anywhere in the TU?
    TransportModel &Model = TransportModel::of(Ctx);
    if (auto Opts = Model.transportOf(Call->getArg(0))) {
      Tri Secure = Model.any(*Opts, model::Role::Tls, model::Kind::Nats);
      if (noteTlsVerdict(Result, Call, Secure, "natsOptions_SetSecure is on",
                         "natsOptions_SetSecure may be on"))
        return;
    }
  }
  std::string Message =
      ("'" + Api.str() +
       "' connects to nats:// servers, so NATS traffic is plaintext; use "
       "tls:// (or natsOptions_SetSecure) or " +
       carveOutHint());
  if (Api == "natsOptions_SetServers") {
    // A `const char *servers[] = {...}` array of literals.
    const ValueDecl *Array = referencedVariable(Call->getArg(1));
    const auto *Var = dyn_cast_or_null<VarDecl>(Array);
    const auto *Init =
        Var ? dyn_cast_or_null<InitListExpr>(Var->getInit()) : nullptr;
    if (!Init)
      return;
    Finding F;
    F.Site = Call;
    F.Message = Message;
    bool Plain = false;
    for (const Expr *Element : Init->inits())
      if (auto Url = constantString(Element, Ctx))
        for (const TextEdit &Edit : replaceScheme(Url->Value, "nats", "tls")) {
          Plain = true;
          if (auto Fix = editLiteral(Url->Literal, Edit, Ctx))
            F.Edits.push_back(*Fix);
        }
    if (Plain)
      report(Result, std::move(F));
    else if (llvm::all_of(Init->inits(), [&](const Expr *Element) {
               auto Url = constantString(Element, Ctx);
               return Url && allSchemesIn(Url->Value, {"tls"});
             }))
      noteSecure(Result, Call, "tls:// addresses");
    return;
  }
  judgeSchemes(Result, Call, Call->getArg(1), "nats", "tls", Message, "");
}

void PlaintextMessagingCheck::checkZmqEndpoint(const MatchResult &Result,
                                               const CallExpr *Call,
                                               const Expr *Socket,
                                               const Expr *Endpoint,
                                               StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  // CURVE on the socket, anywhere in the TU (models/Zmq.cpp).
  TransportModel &Model = TransportModel::of(Ctx);
  auto T = Model.transportOf(Socket);
  Tri Curve = T ? Model.any(*T, model::Role::Tls, model::Kind::Zmq) : Tri::No;
  if (Curve == Tri::Yes)
    return noteSecure(Result, Call, "CURVE security on the socket");
  Judged Verdict = judgeValues(
      Result, Endpoint,
      [&](const ConstantString &Text,
          bool &Undecided) -> std::optional<Finding> {
        auto [Transport, Rest] = llvm::StringRef(Text.Value).split("://");
        if (Transport.contains(HoleChar) || Rest.data() == nullptr) {
          Undecided = true;
          return std::nullopt;
        }
        Finding F;
        F.Site = Call;
        if (Transport == "ipc") {
          if (AllowUnixDomainSockets)
            return std::nullopt;
          F.Message = unixSocketMessage("'" + Api.str() +
                                        "' uses an ipc:// endpoint, a "
                                        "Unix-domain socket");
          return F;
        }
        if (Transport != "tcp" && Transport != "pgm" && Transport != "epgm" &&
            Transport != "udp" && Transport != "ws")
          return std::nullopt; // inproc:// never leaves the process
        if (Curve == Tri::Maybe) {
          Undecided = true; // a template the model cannot see
          return std::nullopt;
        }
        F.Message =
            ("'" + Api.str() +
             (Transport == "epgm" ? "' uses an " : "' uses a ") +
             Transport.str() +
             ":// endpoint on a socket without CURVE security, so messages "
             "cross the network in plaintext; configure CURVE "
             "(ZMQ_CURVE_SERVER, ZMQ_CURVE_SERVERKEY) or " +
             carveOutHint());
        std::vector<std::string> Hosts;
        if (auto Url = parseUrl(Text.Value))
          Hosts = hostNames(Url->Hosts);
        F.Destination = destinationOf(Hosts);
        if (T)
          noteExit(F, Model.firstExit(*T), "the socket");
        return F;
      });
  if (Verdict == Judged::Unprovable)
    noteUnprovable(Result, Call, "the endpoint or CURVE is not known here");
}

void PlaintextMessagingCheck::checkCoap(const MatchResult &Result,
                                        const CallExpr *Call, StringRef Api) {
  // The protocol: the last argument of coap_new_endpoint(ctx, addr, proto)
  // and the fourth of the coap_new_client_session* family.
  unsigned Index = Api == "coap_new_endpoint" ? 2 : 3;
  if (Call->getNumArgs() <= Index)
    return;
  StringRef Proto = enumeratorName(Call->getArg(Index));
  if (Proto == "COAP_PROTO_DTLS" || Proto == "COAP_PROTO_TLS" ||
      Proto == "COAP_PROTO_WSS")
    return noteSecure(Result, Call,
                      ("CoAP over " + Proto.drop_front(11)).str());
  if (Proto.empty())
    return noteUnprovable(Result, Call, "its protocol is not known here");
  if (Proto != "COAP_PROTO_UDP" && Proto != "COAP_PROTO_TCP" &&
      Proto != "COAP_PROTO_WS")
    return;
  bool Endpoint = Api == "coap_new_endpoint";
  StringRef Secure = Proto == "COAP_PROTO_UDP"   ? "COAP_PROTO_DTLS"
                     : Proto == "COAP_PROTO_TCP" ? "COAP_PROTO_TLS"
                                                 : "COAP_PROTO_WSS";
  Finding F;
  F.Site = Call;
  F.Message = ("'" + Api + "' " +
               (Endpoint ? "listens for CoAP over " : "speaks CoAP over ") +
               Proto.drop_front(11) +
               " (coap://), so requests and responses "
               "are plaintext; use " +
               Secure +
               (Endpoint ? " with coap_context_set_pki or _psk"
                         : " with coap_new_client_session_pki or _psk2") +
               " (coaps://), or " + carveOutHint())
                  .str();
  report(Result, std::move(F));
}

void PlaintextMessagingCheck::checkSnmp(const MatchResult &Result,
                                        const BinaryOperator *Set,
                                        StringRef Field) {
  auto V = constantInt(Set->getRHS(), *Result.Context);
  if (!V)
    return;
  Finding F;
  F.Site = Set;
  if (Field == "version") {
    // SNMP_VERSION_1 (0) and SNMP_VERSION_2c (1): the community string,
    // a password, and every value in clear.
    if (*V != 0 && *V != 1)
      return;
    F.Message = ("'snmp_session::version' is " +
                 StringRef(*V == 0 ? "SNMP_VERSION_1" : "SNMP_VERSION_2c") +
                 ", which sends the community string and every value in "
                 "plaintext; use SNMP_VERSION_3 with securityLevel "
                 "SNMP_SEC_LEVEL_AUTHPRIV, or " +
                 carveOutHint())
                    .str();
  } else {
    // SNMP_SEC_LEVEL_NOAUTH (1), SNMP_SEC_LEVEL_AUTHNOPRIV (2): no privacy.
    if (*V != 1 && *V != 2)
      return;
    F.Message = ("'snmp_session::securityLevel' is " +
                 StringRef(*V == 1 ? "SNMP_SEC_LEVEL_NOAUTH"
                                   : "SNMP_SEC_LEVEL_AUTHNOPRIV") +
                 ", so SNMPv3 sends every value unencrypted; use "
                 "SNMP_SEC_LEVEL_AUTHPRIV, or " +
                 carveOutHint())
                    .str();
    // No fix-it: privacy also needs securityPrivProto and a key.
  }
  report(Result, std::move(F));
}

void PlaintextMessagingCheck::checkMosquittoConnect(const MatchResult &Result,
                                                    const CallExpr *Call,
                                                    StringRef Api) {
  ASTContext &Ctx = *Result.Context;
  if (Call->getNumArgs() < 2)
    return;
  // TLS configured on the client anywhere in the TU (models/Mosquitto.cpp).
  auto T = objectWithoutTls(
      Result, Call, Call->getArg(0), model::Kind::Mosquitto, "the client",
      "TLS is set on the client", "TLS may be set on the client");
  if (!T)
    return;
  TransportModel &Model = TransportModel::of(Ctx);
  Finding F;
  F.Site = Call;
  F.Message = ("'" + Api.str() +
               "' connects to the MQTT broker in plaintext: nothing here sets "
               "TLS on the client; call mosquitto_tls_set (or "
               "MOSQ_OPT_TLS_USE_OS_CERTS) before connecting, or " +
               carveOutHint());
  if (auto Host = constantString(Call->getArg(1), Ctx))
    F.Destination = destinationOf({Host->Value});
  if (Api != "mosquitto_connect_srv" && Call->getNumArgs() >= 3)
    if (auto Port = constantInt(Call->getArg(2), Ctx); Port && *Port == 1883)
      F.Note = "the broker's TLS listener is usually on port 8883, not 1883";
  noteExit(F, Model.firstExit(*T), "the client");
  report(Result, std::move(F));
}

void PlaintextMessagingCheck::checkMqttUri(const MatchResult &Result,
                                           const Expr *Site, StringRef Api,
                                           const Expr *Uri) {
  bool AllTls = true; // every value known names TLS brokers only
  Judged Verdict = judgeValues(
      Result, Uri,
      [&](const ConstantString &Text,
          bool &Undecided) -> std::optional<Finding> {
        std::vector<ListedUrl> Urls = parseUrlList(Text.Value);
        for (const SchemeSwap &Swap : MqttSchemes) {
          bool Uses = llvm::any_of(Urls, [&](const ListedUrl &U) {
            return U.Parsed.Scheme == Swap.From;
          });
          if (!Uses)
            continue;
          bool DefaultPort = llvm::any_of(Urls, [](const ListedUrl &U) {
            return llvm::any_of(U.Parsed.Hosts, [](const HostSpec &H) {
              return H.Port == "1883";
            });
          });
          return schemeFinding(
              Result, Site, Text, Swap.From, Swap.To,
              ("'" + Api.str() + "' connects to an MQTT broker over " +
               Swap.From.str() + "://, so messages are plaintext; use " +
               Swap.To.str() + ":// or " + carveOutHint()),
              DefaultPort
                  ? "the broker's TLS listener is usually on port 8883, not "
                    "1883"
                  : "",
              Undecided);
        }
        Undecided = Text.schemeUnknown();
        AllTls &= allSchemesIn(Text.Value, {"ssl", "mqtts", "wss"});
        return std::nullopt;
      });
  if (Verdict == Judged::Unprovable)
    noteUnprovable(Result, Site, "the broker's address is not known here");
  else if (Verdict == Judged::Secure && AllTls)
    noteSecure(Result, Site, "TLS broker addresses");
}

} // namespace transit
