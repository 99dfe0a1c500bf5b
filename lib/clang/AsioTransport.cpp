//===- AsioTransport.cpp - Asio and Beast objects -------------------------===//
#include "transit/AsioTransport.h"
#include "transit/HandleUse.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

/// The construction an initializer performs, through cleanups.
const CXXConstructExpr *constructionOf(const Expr *Init) {
  if (!Init)
    return nullptr;
  Init = Init->IgnoreImplicit();
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(Init))
    Init = Cleanups->getSubExpr()->IgnoreImplicit();
  return dyn_cast<CXXConstructExpr>(Init);
}

/// Whether \p Init makes a new transport: a construction, or a call such
/// as acceptor.accept(); not a copy or move of another object, nor a
/// construction around another transport (`tcp_stream s(std::move(socket))`,
/// which the model joins to where that socket is created).
bool createsObject(const Expr *Init, TransportModel &Model) {
  const CXXConstructExpr *Construct = constructionOf(Init);
  if (!Construct)
    return true;
  if (Construct->getConstructor()->isCopyOrMoveConstructor())
    return false;
  auto T = Model.transportOf(Construct);
  return !T || llvm::is_contained(Model.originsOf(*T), Construct);
}

/// Whether any variable declared in \p Body has an SSL class type.
class SslVariableFinder : public RecursiveASTVisitor<SslVariableFinder> {
public:
  bool Found = false;
  bool VisitVarDecl(VarDecl *VD) {
    Found |= isSslClass(VD->getType());
    return !Found;
  }
};

/// An acceptor whose accepted sockets the model cannot see (an async
/// handler it cannot follow): judged by whether anything around it deals
/// in TLS (an ssl::context or SSL stream in its class or function).
bool sslNearby(const DeclaratorDecl *Decl) {
  llvm::SmallVector<const Stmt *, 8> Bodies;
  if (const auto *Field = dyn_cast<FieldDecl>(Decl)) {
    const auto *Class = dyn_cast<CXXRecordDecl>(Field->getParent());
    if (!Class)
      return false;
    for (const FieldDecl *F : Class->fields())
      if (isSslClass(F->getType()))
        return true;
    for (const CXXMethodDecl *M : Class->methods()) {
      for (const ParmVarDecl *P : M->parameters())
        if (isSslClass(P->getType()))
          return true;
      if (const FunctionDecl *Def = M->getDefinition())
        if (Def->getBody())
          Bodies.push_back(Def->getBody());
    }
  } else if (const auto *Fn = dyn_cast_or_null<FunctionDecl>(
                 cast<VarDecl>(Decl)->getParentFunctionOrMethod())) {
    for (const ParmVarDecl *P : Fn->parameters())
      if (isSslClass(P->getType()))
        return true;
    if (Fn->getBody())
      Bodies.push_back(Fn->getBody());
  }
  for (const Stmt *Body : Bodies) {
    SslVariableFinder Finder;
    Finder.TraverseStmt(const_cast<Stmt *>(Body));
    if (Finder.Found)
      return true;
  }
  return false;
}

} // namespace

DeclarationMatcher asioObjectDecl() {
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
  return declaratorDecl(anyOf(varDecl(hasType(AsioType), unless(parmVarDecl())),
                              fieldDecl(hasType(AsioType))))
      .bind("asio");
}

std::optional<AsioTransport>
judgeAsioObject(const DeclaratorDecl *Object,
                const ClassTemplateSpecializationDecl *Type, ASTContext &Ctx) {
  const DeclaratorDecl *Decl = Object;
  AsioTransport A;
  const auto *Protocol =
      Type->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
  A.Udp = Protocol && Protocol->getName() == "udp";
  A.Acceptor = Type->getName() == "basic_socket_acceptor";
  A.Kind = Type->getName() == "basic_stream" ? "beast::tcp_stream"
           : A.Acceptor                      ? "ip::tcp::acceptor"
           : A.Udp                           ? "ip::udp::socket"
                                             : "ip::tcp::socket";

  // Where it is created.
  TransportModel &Model = TransportModel::of(Ctx);
  const clang::Decl *DeclaredIn = nullptr;
  if (const auto *Field = dyn_cast<FieldDecl>(Decl)) {
    const auto *Class = dyn_cast<CXXRecordDecl>(Field->getParent());
    if (!Class)
      return std::nullopt;
    bool Initialized = false;
    for (const CXXConstructorDecl *Ctor : Class->ctors()) {
      const FunctionDecl *Def = nullptr;
      if (!Ctor->hasBody(Def))
        continue;
      for (const CXXCtorInitializer *Init :
           cast<CXXConstructorDecl>(Def)->inits()) {
        if (!Init->isWritten() || Init->getMember() != Field)
          continue;
        Initialized = true;
        if (createsObject(Init->getInit(), Model))
          A.Sites.push_back(Init->getInit());
      }
    }
    // Only ever moved into (a session taking over an accepted socket): the
    // transport is created, and reported, where it comes from, when the TU
    // shows that; else here, where it is first seen.
    if (Initialized && A.Sites.empty() && !Field->hasInClassInitializer())
      if (auto T = Model.transportOf(Field); T && !Model.originsOf(*T).empty())
        return std::nullopt;
    if (Field->hasInClassInitializer())
      A.Sites.clear(); // at the field
  } else {
    const auto *Var = cast<VarDecl>(Decl);
    if (Var->getInit() && !createsObject(Var->getInit(), Model))
      return std::nullopt; // a copy, a move, acceptor.accept()
    DeclaredIn =
        dyn_cast_or_null<FunctionDecl>(Var->getParentFunctionOrMethod());
  }

  auto T = Model.transportOf(cast<ValueDecl>(Decl));
  if (!T)
    return A;
  A.Secured = Model.any(*T, model::Role::Tls, model::Kind::Asio);
  for (const ValueDecl *Holder : Model.declsOf(*T))
    if (isSslClass(Holder->getType()))
      A.Secured = Tri::Yes; // accepted into an SSL stream's lowest layer
  if (A.Acceptor && A.Secured == Tri::No) {
    // Are the accepted sockets visible? If not, judge by what is near.
    bool Visible = llvm::any_of(Model.declsOf(*T), [&](const ValueDecl *D) {
      return D->getCanonicalDecl() != Decl->getCanonicalDecl();
    });
    if (!Visible && sslNearby(Decl))
      A.Secured = Tri::Yes;
  }
  if (DeclaredIn)
    for (const TransportModel::Event &E : Model.eventsOf(*T))
      if (E.Api && E.Api->R == model::Role::Carries && E.In &&
          E.In->getCanonicalDecl() == DeclaredIn->getCanonicalDecl())
        A.CarriesHttpHere = true;
  A.Exit = Model.firstExit(*T);
  return A;
}

} // namespace transit
