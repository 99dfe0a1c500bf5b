//===- PlaintextSocketCheck.cpp - transit-plaintext-socket ----------------===//
#include "PlaintextSocketCheck.h"

#include "transit/AsioTransport.h"
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

// Linux values (glibc <bits/socket.h>, <bits/socket_type.h>).
enum : int64_t { Unix = 1, Inet = 2, Inet6 = 10 };
enum : int64_t { Stream = 1, Datagram = 2, Raw = 3, SeqPacket = 5 };

/// Whether \p E reads the field \p Name of a `struct addrinfo`.
bool isAddrInfoField(const Expr *E, StringRef Name) {
  const auto *Member = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  if (!Member || !Member->getMemberDecl()->getIdentifier() ||
      Member->getMemberDecl()->getName() != Name)
    return false;
  const auto *Record =
      dyn_cast<RecordDecl>(Member->getMemberDecl()->getDeclContext());
  return Record && Record->getIdentifier() && Record->getName() == "addrinfo";
}

std::string describeSocket(int64_t Domain, int64_t Type) {
  const char *Family = Domain == Inet6 ? "IPv6" : "IPv4";
  switch (Type) {
  case Stream:
    return std::string("a TCP socket (") + Family + ")";
  case Datagram:
    return std::string("a UDP socket (") + Family + ")";
  case Raw:
    return std::string("a raw IP socket (") + Family + ")";
  default:
    return std::string("a sequenced-packet socket (") + Family + ")";
  }
}

/// The plaintext TCP transports of RPC frameworks, and what replaces each.
struct RpcTransport {
  llvm::StringLiteral Class;
  bool Server;
  llvm::StringLiteral Remedy;
};

constexpr RpcTransport RpcTransports[] = {
    {"apache::thrift::transport::TSocket", false,
     "use TSSLSocketFactory::createSocket(host, port)"},
    {"apache::thrift::transport::TServerSocket", true,
     "use TSSLServerSocket with a TSSLSocketFactory"},
    {"apache::thrift::transport::TNonblockingServerSocket", true,
     "use TNonblockingSSLServerSocket with a TSSLSocketFactory"},
    {"capnp::EzRpcClient", false,
     "EzRpc has no TLS: use capnp::TwoPartyClient over a kj::TlsContext "
     "stream"},
    {"capnp::EzRpcServer", true,
     "EzRpc has no TLS: use capnp::TwoPartyServer over a kj::TlsContext "
     "stream"},
};

const RpcTransport *rpcTransport(const CXXRecordDecl *Class) {
  std::string Name = Class->getQualifiedNameAsString();
  for (const RpcTransport &T : RpcTransports)
    if (Name == T.Class)
      return &T;
  return nullptr;
}

/// A string argument as written: `"host"`, `std::string(...)`, and
/// kj::StringPtr's conversion from a `const char *`.
const Expr *stringArgument(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    E = Temp->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    E = Bind->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E);
      Construct && Construct->getNumArgs() >= 1 &&
      Construct->getConstructor()->getParent()->getName() == "StringPtr")
    return Construct->getArg(0);
  return E;
}

bool isStringArgument(const Expr *E) {
  QualType T = E->getType().getNonReferenceType();
  if (isStringLikeType(T))
    return true;
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && RD->getName() == "StringPtr";
}

} // namespace

PlaintextSocketCheck::PlaintextSocketCheck(StringRef Name,
                                           tidy::ClangTidyContext *Context)
    : SiteCheck(Name, Context, CarveOutRule::Applies),
      AllowUnixDomainSockets(
          Options.getLocalOrGlobal("AllowUnixDomainSockets", false)) {}

void PlaintextSocketCheck::storeOptions(
    tidy::ClangTidyOptions::OptionMap &Opts) {
  SiteCheck::storeOptions(Opts);
  Options.store(Opts, "AllowUnixDomainSockets", AllowUnixDomainSockets);
}

void PlaintextSocketCheck::registerSiteMatchers(SiteMatchers &Sites) {
  Sites.add(
      callExpr(callee(functionDecl(hasName("::socket"))), argumentCountIs(3))
          .bind("socket"));
  Sites.add(asioObjectDecl());
  // Qt Network: QTcpSocket::connectToHost, QTcpServer::listen (the classes
  // themselves, not QSslSocket or a server that makes QSslSockets).
  Sites.add(cxxMemberCallExpr(
                callee(cxxMethodDecl(
                    hasAnyName("connectToHost", "listen"),
                    ofClass(hasAnyName("::QAbstractSocket", "::QTcpServer")))),
                unless(isExpansionInSystemHeader()))
                .bind("qt-socket"));
  auto RpcClass = cxxRecordDecl(
      hasAnyName("::apache::thrift::transport::TSocket",
                 "::apache::thrift::transport::TServerSocket",
                 "::apache::thrift::transport::TNonblockingServerSocket",
                 "::capnp::EzRpcClient", "::capnp::EzRpcServer"));
  Sites.add(cxxConstructExpr(
                hasDeclaration(cxxConstructorDecl(
                    unless(isCopyConstructor()), unless(isMoveConstructor()),
                    ofClass(RpcClass.bind("rpc-class")))),
                unless(isExpansionInSystemHeader()))
                .bind("rpc"));
  // std::make_shared<TSocket>(host, port): the construction itself is in
  // the standard library.
  Sites.add(
      callExpr(callee(functionDecl(
                   hasAnyName("::std::make_shared", "::std::make_unique",
                              "::boost::make_shared", "::kj::heap"),
                   hasTemplateArgument(0, refersToType(hasDeclaration(
                                              RpcClass.bind("rpc-class")))))))
          .bind("rpc-made"));
}

void PlaintextSocketCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("socket"))
    return checkPosixSocket(Result, Call);
  if (const auto *Call = Result.Nodes.getNodeAs<CXXMemberCallExpr>("qt-socket"))
    return checkQtSocket(Result, Call);
  if (const auto *Class = Result.Nodes.getNodeAs<CXXRecordDecl>("rpc-class")) {
    if (const auto *Construct = Result.Nodes.getNodeAs<CXXConstructExpr>("rpc"))
      return checkRpcTransport(
          Result, Construct, Class,
          llvm::ArrayRef(Construct->getArgs(), Construct->getNumArgs()));
    if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("rpc-made"))
      return checkRpcTransport(
          Result, Call, Class,
          llvm::ArrayRef(Call->getArgs(), Call->getNumArgs()));
  }
  if (const auto *Decl = Result.Nodes.getNodeAs<DeclaratorDecl>("asio"))
    return checkAsioObject(
        Result, Decl,
        Result.Nodes.getNodeAs<ClassTemplateSpecializationDecl>("type"));
}

void PlaintextSocketCheck::checkPosixSocket(
    const MatchFinder::MatchResult &Result, const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  std::optional<int64_t> DomainValue = constantInt(Call->getArg(0), Ctx);
  std::optional<int64_t> TypeValue = constantInt(Call->getArg(1), Ctx);
  // socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol): an address
  // from getaddrinfo, an IP socket whatever the family.
  bool FromAddrInfo = isAddrInfoField(Call->getArg(0), "ai_family");
  if (!DomainValue && FromAddrInfo)
    DomainValue = Inet;
  if (!TypeValue && isAddrInfoField(Call->getArg(1), "ai_socktype"))
    TypeValue = Stream;
  if (!DomainValue || !TypeValue)
    return noteUnprovable(Result, Call,
                          "its address family or type is not known here");
  int64_t Domain = *DomainValue;
  int64_t Type = *TypeValue & 0xf; // less SOCK_NONBLOCK...
  if ((Domain != Unix && Domain != Inet && Domain != Inet6) ||
      (Type != Stream && Type != Datagram && Type != Raw && Type != SeqPacket))
    return;
  if (Domain == Unix && AllowUnixDomainSockets)
    return;

  // Does a TLS layer take the descriptor over anywhere in the TU: here, in
  // the function it is returned to or passed to, through a member or a
  // global, or on a connection accepted from it?
  TransportModel &Model = TransportModel::of(Ctx);
  auto Transport = Model.transportOf(Call);
  Tri Tls = Transport ? Model.any(*Transport, model::Role::Tls,
                                  model::Kind::PosixSocket)
                      : Tri::No;
  if (noteTlsVerdict(Result, Call, Tls, "a TLS layer takes the descriptor over",
                     "a TLS layer may take it over"))
    return;

  Finding F;
  F.Site = Call;
  if (Domain == Unix) {
    F.Message = unixSocketMessage("'socket' creates a Unix-domain socket");
  } else if (FromAddrInfo) {
    F.Message = ("'socket' creates a socket for an address from getaddrinfo "
                 "that no TLS layer takes over; wrap it in TLS (SSL_set_fd), "
                 "use the library's TLS client, or " +
                 carveOutHint());
  } else {
    F.Message = ("'socket' creates " + describeSocket(Domain, Type) +
                 " that no TLS layer takes over; wrap it in TLS (SSL_set_fd), "
                 "use the library's TLS client, or " +
                 carveOutHint());
  }
  if (Transport)
    noteExit(F, Model.firstExit(*Transport), "the descriptor");
  report(Result, std::move(F));
}

void PlaintextSocketCheck::checkAsioObject(
    const MatchFinder::MatchResult &Result, const DeclaratorDecl *Decl,
    const ClassTemplateSpecializationDecl *Type) {
  auto A = judgeAsioObject(Decl, Type, *Result.Context);
  if (!A)
    return;
  if (A->Secured == Tri::Yes && !A->CarriesHttpHere)
    return noteSecure(Result, Decl, "an SSL stream protects it");
  if (A->Secured == Tri::Yes)
    return; // transit-plaintext-http notes it, as what it carries
  if (A->Secured == Tri::Maybe)
    return noteUnprovable(Result, Decl, "an SSL stream may protect it");
  if (A->CarriesHttpHere)
    return; // transit-plaintext-http reports it, as what it carries
  Finding F;
  F.Message =
      ("'" + A->Kind + "' " +
       (A->Acceptor ? std::string("accepts connections that nothing here "
                                  "wraps in TLS")
                    : "carries " + std::string(A->Udp ? "datagrams" : "bytes") +
                          " that no SSL stream protects") +
       "; use ssl::stream<" + (A->Acceptor ? "tcp::socket" : A->Kind) +
       "> (or beast::ssl_stream) with an ssl::context, or " + carveOutHint());
  noteExit(F, A->Exit, "it");
  reportAtSites(Result, Decl, A->Sites, F);
}

void PlaintextSocketCheck::checkRpcTransport(
    const MatchFinder::MatchResult &Result, const Expr *Site,
    const CXXRecordDecl *Class, llvm::ArrayRef<const Expr *> Args) {
  const RpcTransport *T = rpcTransport(Class);
  if (!T)
    return;
  // Which constructor: an address (a host and a port, a port, or "host:port"
  // for EzRpc), a Unix-domain path, or a descriptor accepted elsewhere.
  llvm::SmallVector<const Expr *, 4> Given;
  for (const Expr *Arg : Args)
    if (!isa<CXXDefaultArgExpr>(Arg))
      Given.push_back(Arg);
  if (Given.empty())
    return; // TSocket(): host and port set later, if ever
  bool EzRpc = llvm::StringRef(T->Class).starts_with("capnp::");
  const Expr *Address = nullptr;
  for (const Expr *Arg : Given)
    if (isStringArgument(Arg)) {
      Address = Arg;
      break;
    }
  bool Unix = false;
  if (EzRpc) {
    // EzRpc*(..., "host:port" or "unix:/path", ...); a descriptor or a
    // sockaddr otherwise.
    if (!Address) {
      if (llvm::none_of(Given, [](const Expr *Arg) {
            return Arg->getType()->isPointerType();
          }))
        return; // a descriptor accepted or connected elsewhere
    } else if (auto Text =
                   constantString(stringArgument(Address), *Result.Context)) {
      Unix = llvm::StringRef(Text->Value).starts_with("unix:");
    }
  } else {
    bool FirstIsString = isStringArgument(Given[0]);
    bool HasPort = llvm::any_of(
        Given, [](const Expr *Arg) { return Arg->getType()->isIntegerType(); });
    if (!FirstIsString && !T->Server)
      return; // TSocket(fd): a connection a server accepted
    Unix = FirstIsString && !HasPort;
  }
  if (Unix && AllowUnixDomainSockets)
    return;
  Finding F;
  F.Site = Site;
  std::string Subject = ("'" + T->Class + "'").str();
  if (Unix)
    F.Message = unixSocketMessage(Subject +
                                  (T->Server ? " listens on" : " connects to") +
                                  " a Unix-domain socket");
  else
    F.Message = Subject +
                (T->Server ? " accepts plaintext TCP connections"
                           : " connects over plaintext TCP") +
                ", so every call crosses the network unencrypted; " +
                T->Remedy.str() + ", or " + carveOutHint();
  report(Result, std::move(F));
}

void PlaintextSocketCheck::checkQtSocket(const MatchFinder::MatchResult &Result,
                                         const CXXMemberCallExpr *Call) {
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!Object)
    return;
  bool Listen = Call->getMethodDecl()->getName() == "listen";
  // Only the plain classes: QSslSocket (and a QTcpServer subclass, whose
  // incomingConnection may make QSslSockets) are not these.
  if (!isExactQtClass(Object, Listen ? "QTcpServer" : "QTcpSocket"))
    return;
  Finding F;
  F.Site = Call;
  if (Listen) {
    F.Message = "'QTcpServer::listen' accepts plaintext TCP connections; use "
                "QSslServer (Qt 6.4) or a QTcpServer whose incomingConnection "
                "wraps each socket in a QSslSocket, or " +
                carveOutHint();
  } else {
    F.Message = "'QTcpSocket::connectToHost' connects over plaintext TCP; use "
                "QSslSocket::connectToHostEncrypted, or " +
                carveOutHint();
    if (Call->getNumArgs() >= 1)
      if (auto Host =
              constantString(qtStringSource(Call->getArg(0)), *Result.Context))
        F.Destination = destinationOf({Host->Value});
  }
  report(Result, std::move(F));
}

} // namespace transit
