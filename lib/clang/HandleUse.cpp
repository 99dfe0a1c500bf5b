//===- HandleUse.cpp - What a function does with a handle -----------------===//
#include "transit/HandleUse.h"
#include "transit/ConstantString.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {

const ValueDecl *handleOf(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreParenCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      // `this->conn_` is the field; `ac->c` is (a part of) `ac`.
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        return Member->getMemberDecl();
      E = Member->getBase();
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() != UO_AddrOf && Unary->getOpcode() != UO_Deref)
        return nullptr;
      E = Unary->getSubExpr();
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      // smart pointers: `ctx->method()`, `*ctx`
      if ((Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) &&
          Op->getNumArgs() == 1) {
        E = Op->getArg(0);
        continue;
      }
      return nullptr;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      // smart pointers: `conn.get()`; Asio: `ctx.native_handle()`
      if (Call->getMethodDecl() && Call->getMethodDecl()->getIdentifier() &&
          (Call->getMethodDecl()->getName() == "get" ||
           Call->getMethodDecl()->getName() == "native_handle")) {
        E = Call->getImplicitObjectArgument();
        continue;
      }
      return nullptr;
    }
    return nullptr;
  }
  return nullptr;
}

const ValueDecl *storedIn(const Expr *E, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*E);
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return nullptr;
    const DynTypedNode &Parent = Parents[0];
    if (const auto *Var = Parent.get<VarDecl>())
      return Var;
    if (const auto *Assign = Parent.get<BinaryOperator>()) {
      if (Assign->getOpcode() != BO_Assign)
        return nullptr;
      return handleOf(Assign->getLHS());
    }
    if (const auto *Op = Parent.get<CXXOperatorCallExpr>()) {
      if (Op->getOperator() != OO_Equal || Op->getNumArgs() != 2)
        return nullptr;
      return handleOf(Op->getArg(0));
    }
    if (const auto *Init = Parent.get<CXXCtorInitializer>())
      return Init->getMember();
    const auto *Wrapper = Parent.get<Expr>();
    if (!Wrapper ||
        !(isa<ImplicitCastExpr, ParenExpr, CXXConstructExpr, CXXNewExpr,
              MaterializeTemporaryExpr, CXXBindTemporaryExpr, ExprWithCleanups,
              CStyleCastExpr>(Wrapper)))
      return nullptr;
    Node = Parent;
  }
  return nullptr;
}

const FunctionDecl *enclosingFunction(const Expr *E, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*E);
  for (unsigned Depth = 0; Depth < 256; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return nullptr;
    const DynTypedNode &Parent = Parents[0];
    if (const auto *Fn = Parent.get<FunctionDecl>())
      return Fn;
    if (const auto *Lambda = Parent.get<LambdaExpr>())
      return Lambda->getCallOperator();
    Node = Parent;
  }
  return nullptr;
}

const Stmt *enclosingBody(const Expr *E, ASTContext &Ctx) {
  const FunctionDecl *Fn = enclosingFunction(E, Ctx);
  return Fn ? Fn->getBody() : nullptr;
}

SmallVector<const CallExpr *, 8>
callsOnHandle(const Stmt *Body, const ValueDecl *Handle, ASTContext &Ctx) {
  SmallVector<const CallExpr *, 8> Calls;
  if (!Body || !Handle)
    return Calls;
  for (const BoundNodes &Match :
       match(findAll(callExpr().bind("call")), *Body, Ctx)) {
    const auto *Call = Match.getNodeAs<CallExpr>("call");
    // `handle.method(...)` / `handle->method(...)` count as calls on it too.
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (handleOf(Member->getImplicitObjectArgument()) == Handle) {
        Calls.push_back(Call);
        continue;
      }
    for (const Expr *Arg : Call->arguments())
      if (handleOf(Arg) == Handle) {
        Calls.push_back(Call);
        break;
      }
  }
  return Calls;
}

const ValueDecl *referencedVariable(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return Ref->getDecl();
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
      E = Temp->getSubExpr();
    else if (const auto *Copy = dyn_cast<CXXConstructExpr>(E);
             Copy && Copy->getNumArgs() == 1)
      E = Copy->getArg(0);
    else
      return nullptr;
  }
  return nullptr;
}

StringRef enumeratorName(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 4; ++Depth) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
    if (!Ref)
      return "";
    if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(Ref->getDecl()))
      return Enumerator->getName();
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    E = Var ? Var->getInit() : nullptr;
  }
  return "";
}

bool isSslClass(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && StringRef(RD->getQualifiedNameAsString()).contains("ssl");
}

internal::BindableMatcher<Stmt> drogonAddListener() {
  return cxxMemberCallExpr(
      callee(cxxMethodDecl(hasName("addListener"),
                           ofClass(hasName("::drogon::HttpAppFramework")))),
      unless(isExpansionInSystemHeader()));
}

internal::BindableMatcher<Stmt> kafkaConfSet() {
  return callExpr(anyOf(
      callExpr(callee(functionDecl(hasName("::rd_kafka_conf_set"))),
               argumentCountIs(5)),
      cxxMemberCallExpr(
          callee(cxxMethodDecl(hasName("set"), ofClass(cxxRecordDecl(hasName(
                                                   "::RdKafka::Conf"))))),
          argumentCountIs(3))));
}

internal::BindableMatcher<Stmt> curlppOption() {
  auto Trait =
      classTemplateSpecializationDecl(hasName("::curlpp::OptionTrait"));
  return expr(
      anyOf(
          cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(Trait))),
                           argumentCountIs(1)),
          cxxMemberCallExpr(
              callee(cxxMethodDecl(
                  hasName("setOpt"),
                  ofClass(cxxRecordDecl(hasName("::curlpp::Easy"))),
                  hasTemplateArgument(0, refersToType(hasDeclaration(Trait))))),
              argumentCountIs(1))),
      unless(isExpansionInSystemHeader()));
}

std::optional<CurlppOption> curlppOptionOf(const Expr *E) {
  const ClassTemplateSpecializationDecl *Trait = nullptr;
  const Expr *Value = nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    Trait = dyn_cast<ClassTemplateSpecializationDecl>(
        Construct->getConstructor()->getParent());
    if (Construct->getNumArgs() == 1)
      Value = Construct->getArg(0);
  } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    const FunctionDecl *Method = Call->getMethodDecl();
    const TemplateArgumentList *Args =
        Method ? Method->getTemplateSpecializationArgs() : nullptr;
    if (Args && Args->size() == 1 &&
        Args->get(0).getKind() == TemplateArgument::Type)
      Trait = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          Args->get(0).getAsType()->getAsCXXRecordDecl());
    if (Call->getNumArgs() == 1)
      Value = Call->getArg(0);
  }
  if (!Trait || !Value)
    return std::nullopt;
  // OptionTrait<ValueType, CURLoption>: the enumerator of the second.
  const TemplateArgumentList &Args = Trait->getTemplateArgs();
  if (Args.size() != 2 || Args[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  const auto *Enum = Args[1].getIntegralType()->getAs<EnumType>();
  if (!Enum)
    return std::nullopt;
  for (const EnumConstantDecl *C : Enum->getDecl()->enumerators())
    if (llvm::APSInt::isSameValue(C->getInitVal(), Args[1].getAsIntegral()))
      return CurlppOption{E, C->getName(), Value};
  return std::nullopt;
}

internal::BindableMatcher<Stmt> connectionStringSite() {
  auto Session = cxxRecordDecl(hasName("::soci::session"));
  return expr(anyOf(callExpr(callee(functionDecl(hasAnyName(
                        "::SQLDriverConnect", "::SQLDriverConnectA",
                        "::SQLBrowseConnect", "::SQLBrowseConnectA")))),
                    cxxConstructExpr(
                        hasDeclaration(cxxConstructorDecl(ofClass(Session))),
                        argumentCountIs(2)),
                    cxxMemberCallExpr(callee(cxxMethodDecl(hasName("open"),
                                                           ofClass(Session))),
                                      argumentCountIs(2))),
              unless(isExpansionInSystemHeader()));
}

std::optional<ConnectionStringSite> connectionStringSiteOf(const Expr *E,
                                                           ASTContext &Ctx) {
  if (const auto *Call = dyn_cast<CallExpr>(E);
      Call && !isa<CXXMemberCallExpr>(Call)) {
    llvm::StringRef Name = calleeName(Call);
    unsigned Index = Name.starts_with("SQLDriverConnect") ? 2 : 1;
    if (Call->getNumArgs() <= Index)
      return std::nullopt;
    return ConnectionStringSite{Call, Name.str(), "odbc", Call->getArg(Index)};
  }
  const Expr *Backend = nullptr, *Value = nullptr;
  std::string Api;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    Backend = Construct->getArg(0);
    Value = Construct->getArg(1);
    Api = "soci::session";
  } else if (const auto *Open = dyn_cast<CXXMemberCallExpr>(E)) {
    Backend = Open->getArg(0);
    Value = Open->getArg(1);
    Api = "soci::session::open";
  } else {
    return std::nullopt;
  }
  // soci::postgresql (a postgresql_backend_factory), or "postgresql".
  std::string Syntax;
  QualType T = Backend->IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    llvm::StringRef Name = RD->getName();
    if (Name.consume_back("_backend_factory"))
      Syntax = Name.str();
  }
  if (Syntax.empty())
    if (auto Name = constantString(Backend, Ctx))
      Syntax = llvm::StringRef(Name->Value).lower();
  if (Syntax.empty())
    return std::nullopt;
  return ConnectionStringSite{E, Api, Syntax, Value};
}

namespace {
// Qt 5's QStringLiteral("...") is a lambda called in place whose body keeps
// the text in `static const QStaticStringData<N> qstring_literal = {header,
// u"" "..."}` (qstringliteral.h); Qt 6's is a plain call.
const StringLiteral *qt5StringLiteral(const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(E);
  const auto *Method =
      Call ? dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee()) : nullptr;
  if (!Method || !Method->getParent()->isLambda() || Call->getNumArgs() > 1)
    return nullptr;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Method->getBody());
  if (!Body)
    return nullptr;
  for (const Stmt *S : Body->body()) {
    const auto *Decls = dyn_cast<DeclStmt>(S);
    if (!Decls || !Decls->isSingleDecl())
      continue;
    const auto *Var = dyn_cast<VarDecl>(Decls->getSingleDecl());
    if (!Var || Var->getName() != "qstring_literal" || !Var->getInit())
      continue;
    const auto *Init = dyn_cast<InitListExpr>(Var->getInit()->IgnoreImplicit());
    if (!Init)
      return nullptr;
    for (const Expr *Part : Init->inits())
      if (const auto *Literal =
              dyn_cast<StringLiteral>(Part->IgnoreParenImpCasts()))
        return Literal;
    return nullptr;
  }
  return nullptr;
}
} // namespace

const Expr *qtStringSource(const Expr *E) {
  const Expr *Original = E;
  for (unsigned Depth = 0; E && Depth < 12; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = M->getSubExpr();
    } else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = B->getSubExpr();
    } else if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = C->getSubExpr();
    } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      llvm::StringRef Class =
          Construct->getConstructor()->getParent()->getName();
      if (!llvm::is_contained(
              {llvm::StringRef("QUrl"), llvm::StringRef("QString"),
               llvm::StringRef("QLatin1String"),
               llvm::StringRef("QLatin1StringView"),
               llvm::StringRef("QByteArray"), llvm::StringRef("QByteArrayView"),
               llvm::StringRef("QAnyStringView"),
               llvm::StringRef("QStringView"),
               llvm::StringRef("QUtf8StringView"),
               llvm::StringRef("QBasicUtf8StringView")},
              Class) ||
          Construct->getNumArgs() < 1)
        return E == Original->IgnoreParenImpCasts() ? Original : E;
      E = Construct->getArg(0);
    } else if (const auto *Call = dyn_cast<CallExpr>(E);
               Call && Call->getNumArgs() >= 1 &&
               llvm::is_contained({llvm::StringRef("qMakeStringPrivate"),
                                   llvm::StringRef("fromUtf8"),
                                   llvm::StringRef("fromLatin1"),
                                   llvm::StringRef("fromStdString"),
                                   llvm::StringRef("fromLocal8Bit")},
                                  calleeName(Call))) {
      E = Call->getArg(0);
    } else if (const StringLiteral *Literal = qt5StringLiteral(E)) {
      return Literal;
    } else {
      return E;
    }
  }
  return Original;
}

bool isExactQtClass(const Expr *E, llvm::StringRef Name) {
  QualType T = E->IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const auto *RD = T->getAsCXXRecordDecl();
  return RD && RD->getIdentifier() && RD->getName() == Name;
}

std::optional<KafkaProperty> kafkaProperty(const CallExpr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const CXXMethodDecl *Method = Member->getMethodDecl();
    if (!Method || !Method->getIdentifier() || Method->getName() != "set" ||
        Method->getParent()->getQualifiedNameAsString() != "RdKafka::Conf" ||
        Member->getNumArgs() != 3 ||
        !isStringLikeType(Member->getArg(1)->getType()))
      return std::nullopt; // set(name, Conf *) and the other overloads
    return KafkaProperty{Member->getImplicitObjectArgument(), Member->getArg(0),
                         Member->getArg(1), "RdKafka::Conf::set"};
  }
  if (calleeName(Call) != "rd_kafka_conf_set" || Call->getNumArgs() != 5)
    return std::nullopt;
  return KafkaProperty{Call->getArg(0), Call->getArg(1), Call->getArg(2),
                       "rd_kafka_conf_set"};
}

StringRef calleeName(const CallExpr *Call) {
  const FunctionDecl *Fn = Call->getDirectCallee();
  return Fn && Fn->getIdentifier() ? Fn->getName() : StringRef();
}

} // namespace transit
