//===- PlaintextSocketCheck.cpp - transit-plaintext-socket ----------------===//
#include "PlaintextSocketCheck.h"

#include "transit/HandleUse.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

// Linux values (glibc <bits/socket.h>, <bits/socket_type.h>).
enum : int64_t { Unix = 1, Inet = 2, Inet6 = 10 };
enum : int64_t { Stream = 1, Datagram = 2, Raw = 3, SeqPacket = 5 };

/// Functions that take over a descriptor and run TLS on it.
constexpr llvm::StringLiteral TlsLayers[] = {"SSL_set_fd",
                                             "SSL_set_rfd",
                                             "SSL_set_wfd",
                                             "BIO_new_socket",
                                             "BIO_new_fd",
                                             "BIO_int_ctrl", // BIO_set_fd()
                                             "gnutls_transport_set_int",
                                             "gnutls_transport_set_int2",
                                             "gnutls_transport_set_ptr",
                                             "gnutls_transport_set_ptr2",
                                             "wolfSSL_set_fd",
                                             "wolfSSL_set_read_fd",
                                             "wolfSSL_set_write_fd",
                                             "s2n_connection_set_fd",
                                             "s2n_connection_set_read_fd",
                                             "s2n_connection_set_write_fd",
                                             "tls_accept_socket",
                                             "tls_connect_socket",
                                             "tls_connect_fds",
                                             "tls_accept_fds"};

/// Descriptor calls that carry or manage the bytes as they are.
constexpr llvm::StringLiteral PlainCalls[] = {
    "connect",     "bind",        "listen",     "accept",   "accept4",
    "send",        "sendto",      "sendmsg",    "sendmmsg", "recv",
    "recvfrom",    "recvmsg",     "recvmmsg",   "read",     "write",
    "readv",       "writev",      "pread",      "pwrite",   "close",
    "shutdown",    "setsockopt",  "getsockopt", "fcntl",    "ioctl",
    "getsockname", "getpeername", "epoll_ctl",  "sendfile", "splice",
    "dup",         "dup2",        "dup3",       "perror",   "printf",
    "fprintf"};

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

/// Whether the descriptor \p Fd leaves \p Body for code this check cannot
/// see (returned, stored elsewhere, passed to another function): a TLS layer
/// may take it over there.
bool escapes(const ValueDecl *Fd, const Stmt *Body, ASTContext &Ctx) {
  auto Ref = ignoringParenImpCasts(declRefExpr(to(valueDecl(equalsNode(Fd)))));
  return !match(stmt(anyOf(hasDescendant(returnStmt(hasReturnValue(Ref))),
                           hasDescendant(binaryOperator(isAssignmentOperator(),
                                                        hasRHS(Ref))),
                           hasDescendant(varDecl(hasInitializer(Ref))))),
                *Body, Ctx)
              .empty();
}

/// How the function or class around an Asio object uses it.
enum class AsioUse { PlainOnly, HandedOn };

/// Classifies each reference to \p Object in \p Body: member calls on it and
/// Asio / Beast calls taking it are plain I/O; anything else (moved into an
/// SSL stream or a session object, passed to the user's own functions) hands
/// it on.
AsioUse classifyUses(const ValueDecl *Object, const Stmt *Body,
                     ASTContext &Ctx) {
  auto Refs =
      match(findAll(expr(anyOf(declRefExpr(to(valueDecl(equalsNode(Object)))),
                               memberExpr(member(equalsNode(Object)))))
                        .bind("ref")),
            *Body, Ctx);
  for (const BoundNodes &Bound : Refs) {
    const auto *Ref = Bound.getNodeAs<Expr>("ref");
    DynTypedNode Node = DynTypedNode::create(*Ref);
    // Climb through implicit nodes to what uses the object.
    for (unsigned Depth = 0; Depth < 6; ++Depth) {
      DynTypedNodeList Parents = Ctx.getParents(Node);
      if (Parents.empty())
        break;
      const DynTypedNode &Parent = Parents[0];
      if (Parent.get<MemberExpr>())
        break; // object.method(...): I/O on the object itself
      if (const auto *Call = Parent.get<CallExpr>()) {
        const FunctionDecl *Callee = Call->getDirectCallee();
        std::string Name = Callee ? Callee->getQualifiedNameAsString() : "";
        StringRef N(Name);
        if (N == "std::move" || N == "std::forward") {
          Node = Parent;
          continue;
        }
        bool AsioCall = N.starts_with("boost::asio::") ||
                        N.starts_with("asio::") ||
                        N.starts_with("boost::beast::");
        if (!AsioCall || N.contains("ssl"))
          return AsioUse::HandedOn;
        break;
      }
      if (const auto *Construct = Parent.get<CXXConstructExpr>()) {
        if (Construct->getConstructor()->isCopyOrMoveConstructor()) {
          Node = Parent;
          continue;
        }
        return AsioUse::HandedOn; // an SSL stream, a session, ...
      }
      if (Parent.get<ImplicitCastExpr>() ||
          Parent.get<MaterializeTemporaryExpr>() || Parent.get<ParenExpr>() ||
          Parent.get<CXXBindTemporaryExpr>()) {
        Node = Parent;
        continue;
      }
      if (Parent.get<CXXCtorInitializer>() || Parent.get<VarDecl>() ||
          Parent.get<ReturnStmt>() || Parent.get<LambdaExpr>())
        return AsioUse::HandedOn;
      break;
    }
  }
  return AsioUse::PlainOnly;
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

void PlaintextSocketCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasName("::socket"))), argumentCountIs(3))
          .bind("socket"),
      this);
  auto Protocol = cxxRecordDecl(
      hasAnyName("::boost::asio::ip::tcp", "::boost::asio::ip::udp",
                 "::asio::ip::tcp", "::asio::ip::udp"));
  auto AsioType = hasUnqualifiedDesugaredType(recordType(hasDeclaration(
      classTemplateSpecializationDecl(
          hasAnyName(
              "::boost::asio::basic_stream_socket",
              "::boost::asio::basic_datagram_socket",
              "::boost::asio::basic_socket_acceptor",
              "::asio::basic_stream_socket", "::asio::basic_datagram_socket",
              "::asio::basic_socket_acceptor", "::boost::beast::basic_stream"),
          hasTemplateArgument(0, refersToType(hasDeclaration(Protocol))))
          .bind("type"))));
  Finder->addMatcher(
      varDecl(hasType(AsioType), unless(parmVarDecl())).bind("asio"), this);
  Finder->addMatcher(fieldDecl(hasType(AsioType)).bind("asio"), this);
}

void PlaintextSocketCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("socket"))
    return checkPosixSocket(Result, Call);
  if (const auto *Decl = Result.Nodes.getNodeAs<DeclaratorDecl>("asio"))
    return checkAsioObject(
        Result, Decl,
        Result.Nodes.getNodeAs<ClassTemplateSpecializationDecl>("type"));
}

void PlaintextSocketCheck::checkPosixSocket(
    const MatchFinder::MatchResult &Result, const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  Expr::EvalResult DomainValue, TypeValue;
  if (!Call->getArg(0)->EvaluateAsInt(DomainValue, Ctx) ||
      !Call->getArg(1)->EvaluateAsInt(TypeValue, Ctx))
    return noteUnprovable(Result, Call); // not provably a network socket
  int64_t Domain = DomainValue.Val.getInt().getExtValue();
  int64_t Type =
      TypeValue.Val.getInt().getExtValue() & 0xf; // less SOCK_NONBLOCK...
  if ((Domain != Unix && Domain != Inet && Domain != Inet6) ||
      (Type != Stream && Type != Datagram && Type != Raw && Type != SeqPacket))
    return;
  if (Domain == Unix && AllowUnixDomainSockets)
    return;

  // Does a TLS layer take the descriptor over in this function?
  const ValueDecl *Fd = storedIn(Call, Ctx);
  const Stmt *Body = enclosingBody(Call, Ctx);
  if (!Fd || !Body || escapes(Fd, Body, Ctx))
    return; // handed on: TLS may be added where it goes
  for (const CallExpr *Use : callsOnHandle(Body, Fd, Ctx)) {
    StringRef Name = calleeName(Use);
    if (llvm::is_contained(TlsLayers, Name))
      return;
    if (!llvm::is_contained(PlainCalls, Name))
      return; // another function may wrap it in TLS
  }

  Finding F;
  F.Site = Call;
  if (Domain == Unix) {
    F.Message = unixSocketMessage("'socket' creates a Unix-domain socket");
  } else {
    F.Message = ("'socket' creates " + describeSocket(Domain, Type) +
                 " that no TLS layer takes over; wrap it in TLS (SSL_set_fd), "
                 "use the library's TLS client, or " +
                 carveOutHint());
  }
  report(Result, std::move(F));
}

void PlaintextSocketCheck::checkAsioObject(
    const MatchFinder::MatchResult &Result, const DeclaratorDecl *Decl,
    const ClassTemplateSpecializationDecl *Type) {
  ASTContext &Ctx = *Result.Context;
  const auto *Protocol =
      Type->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  bool Udp = Protocol && Protocol->getName() == "udp";
  bool Acceptor = Type->getName() == "basic_socket_acceptor";
  std::string Kind = Type->getName() == "basic_stream" ? "beast::tcp_stream"
                     : Acceptor                        ? "ip::tcp::acceptor"
                     : Udp                             ? "ip::udp::socket"
                                                       : "ip::tcp::socket";

  // Where the object lives: a local in its function, a field in its class.
  llvm::SmallVector<const Stmt *, 8> Bodies;
  const CXXRecordDecl *Class = nullptr;
  if (const auto *Field = dyn_cast<FieldDecl>(Decl)) {
    Class = dyn_cast<CXXRecordDecl>(Field->getParent());
    if (!Class)
      return;
    for (const CXXMethodDecl *Method : Class->methods())
      if (const CXXMethodDecl *Def =
              dyn_cast_or_null<CXXMethodDecl>(Method->getDefinition()))
        if (Def->getBody())
          Bodies.push_back(Def->getBody());
  } else if (const auto *Fn = dyn_cast_or_null<FunctionDecl>(
                 cast<VarDecl>(Decl)->getParentFunctionOrMethod())) {
    if (Fn->getBody())
      Bodies.push_back(Fn->getBody());
  } else {
    return; // a global: its uses are everywhere
  }

  if (Acceptor) {
    // An acceptor carries no bytes; its sockets do. It is plaintext when
    // nothing around it deals in TLS (no ssl::context or ssl stream).
    bool SslNearby = false;
    if (Class) {
      for (const FieldDecl *F : Class->fields())
        SslNearby |= isSslClass(F->getType());
      for (const CXXMethodDecl *M : Class->methods())
        for (const ParmVarDecl *P : M->parameters())
          SslNearby |= isSslClass(P->getType());
    }
    for (const Stmt *Body : Bodies)
      SslNearby |=
          !match(stmt(hasDescendant(varDecl(hasType(qualType(
                     hasDeclaration(cxxRecordDecl(matchesName("ssl")))))))),
                 *Body, Ctx)
               .empty();
    if (const auto *Fn = dyn_cast_or_null<FunctionDecl>(
            Decl->getDeclContext()->isFunctionOrMethod()
                ? Decl->getDeclContext()
                : nullptr))
      for (const ParmVarDecl *P : Fn->parameters())
        SslNearby |= isSslClass(P->getType());
    if (SslNearby)
      return;
  } else {
    for (const Stmt *Body : Bodies)
      if (classifyUses(Decl, Body, Ctx) == AsioUse::HandedOn)
        return; // moved into an SSL stream or a session that may be one
  }

  Finding F;
  F.SiteDecl = Decl;
  F.Message =
      ("'" + Kind + "' " +
       (Acceptor ? std::string("accepts connections that nothing here "
                               "wraps in TLS")
                 : "carries " + std::string(Udp ? "datagrams" : "bytes") +
                       " that no SSL stream protects") +
       "; use ssl::stream<" + (Acceptor ? "tcp::socket" : Kind) +
       "> (or beast::ssl_stream) with an ssl::context, or " + carveOutHint());
  report(Result, std::move(F));
}

} // namespace transit
