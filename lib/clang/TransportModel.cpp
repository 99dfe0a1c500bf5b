//===- TransportModel.cpp - A TU's transports -----------------------------===//
#include "transit/TransportModel.h"
#include "transit/ConstantString.h"
#include "transit/HandleUse.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include <mutex>

using namespace clang;

namespace transit {
namespace {

using model::Api;
using model::Condition;
using model::Library;
using model::Role;

/// `ns::Class::method` for \p D: namespaces and classes by name only (no
/// template arguments), inline and anonymous namespaces left out, as the
/// library tables spell APIs.
std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<StringRef, 6> Parts;
  if (!D->getIdentifier())
    return "";
  Parts.push_back(D->getName());
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getName());
    } else if (const auto *RD = dyn_cast<RecordDecl>(DC)) {
      if (!RD->getIdentifier())
        return "";
      Parts.push_back(RD->getName());
    } else if (isa<FunctionDecl>(DC)) {
      return ""; // a local class
    }
  }
  std::string Out;
  for (StringRef Part : llvm::reverse(Parts)) {
    if (!Out.empty())
      Out += "::";
    Out += Part;
  }
  return Out;
}

StringRef lastComponent(StringRef Name) {
  size_t Colons = Name.rfind("::");
  return Colons == StringRef::npos ? Name : Name.drop_front(Colons + 2);
}

bool isStringClassType(QualType T) {
  T = T.getNonReferenceType();
  return T->isRecordType() && isStringLikeType(T);
}

/// Whether a value of type \p T can be (or hold) a transport's handle:
/// descriptors, pointers to library objects, socket and smart-pointer
/// classes. Strings, characters, booleans and floating point cannot; joining
/// only what can keeps the classes small.
bool mayHoldTransport(QualType T) {
  if (T.isNull())
    return false;
  T = T.getNonReferenceType().getCanonicalType();
  if (const auto *AT = dyn_cast<ArrayType>(T.getTypePtr()))
    return mayHoldTransport(AT->getElementType());
  if (T->isPointerType()) {
    QualType Pointee = T->getPointeeType();
    return !Pointee->isCharType() && !Pointee->isFunctionType();
  }
  if (T->isBooleanType() || T->isAnyCharacterType() || T->isEnumeralType())
    return false;
  if (T->isIntegerType())
    return true;
  if (T->isRecordType())
    return !isStringClassType(T);
  return T->isDependentType();
}

/// The class std::make_shared<T> / make_unique<T> / allocate_shared<T>
/// (and boost::make_shared<T>) construct, or null for any other function.
const CXXRecordDecl *madeClass(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier())
    return nullptr;
  llvm::StringRef Name = FD->getName();
  if (Name != "make_shared" && Name != "make_unique" &&
      Name != "allocate_shared")
    return nullptr;
  const auto *NS = dyn_cast<NamespaceDecl>(
      FD->getDeclContext()->getEnclosingNamespaceContext());
  if (!NS || !NS->getIdentifier() ||
      (NS->getName() != "std" && NS->getName() != "boost" &&
       NS->getName() != "__1"))
    return nullptr;
  const TemplateArgumentList *Args = FD->getTemplateSpecializationArgs();
  if (!Args || Args->size() < 1 ||
      Args->get(0).getKind() != TemplateArgument::Type)
    return nullptr;
  return Args->get(0).getAsType()->getAsCXXRecordDecl();
}

bool isSmartPointer(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  StringRef Name = RD->getName();
  return Name == "unique_ptr" || Name == "shared_ptr" ||
         Name == "intrusive_ptr" || Name == "scoped_ptr";
}

/// std::move(x), std::forward<T>(x), std::ref(x): the same object.
bool isPassThrough(const FunctionDecl *FD) {
  if (!FD || !FD->getIdentifier() || !FD->isInStdNamespace())
    return false;
  StringRef Name = FD->getName();
  return Name == "move" || Name == "forward" || Name == "ref" ||
         Name == "cref" || Name == "as_const";
}

/// The function a callable argument designates: a function, `&Class::f`, a
/// lambda, or the callable a binder wraps (bind_front_handler(&X::f, ...)).
/// \p MemberPointer says the first bound argument is the object.
const FunctionDecl *callableOf(const Expr *E, bool &MemberPointer,
                               unsigned Depth = 0) {
  MemberPointer = false;
  if (!E || Depth > 6)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
    return callableOf(Temp->getSubExpr(), MemberPointer, Depth + 1);
  if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
    return callableOf(Bind->getSubExpr(), MemberPointer, Depth + 1);
  if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
    return callableOf(Cleanups->getSubExpr(), MemberPointer, Depth + 1);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    const CXXMethodDecl *Op = Lambda->getCallOperator();
    return Op && !Op->getDescribedFunctionTemplate() ? Op : nullptr;
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
    if (Unary->getOpcode() != UO_AddrOf)
      return nullptr;
    const FunctionDecl *FD =
        callableOf(Unary->getSubExpr(), MemberPointer, Depth + 1);
    if (const auto *M = dyn_cast_or_null<CXXMethodDecl>(FD))
      MemberPointer = !M->isStatic();
    return FD;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(Ref->getDecl());
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() == 1
               ? callableOf(Construct->getArg(0), MemberPointer, Depth + 1)
               : nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // A binder's result: the callable it binds.
    const FunctionDecl *FD = Call->getDirectCallee();
    if (FD && FD->getIdentifier() && Call->getNumArgs() >= 1) {
      StringRef Name = FD->getName();
      if (Name == "bind" || Name == "bind_front" ||
          Name == "bind_front_handler" || Name == "bind_executor")
        return callableOf(Call->getArg(Name == "bind_executor" ? 1 : 0),
                          MemberPointer, Depth + 1);
    }
  }
  return nullptr;
}

/// The argument of \p Call at table index \p I (member operators count
/// their object as argument 0 in Clang's AST; the tables do not).
const Expr *tableArg(const Expr *Call, int I) {
  if (I < 0)
    return nullptr;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return unsigned(I) < Construct->getNumArgs() ? Construct->getArg(I)
                                                 : nullptr;
  const auto *C = cast<CallExpr>(Call);
  unsigned Shift = 0;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()))
      Shift = 1;
  unsigned Index = unsigned(I) + Shift;
  return Index < C->getNumArgs() ? C->getArg(Index) : nullptr;
}

const Expr *objectOf(const Expr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (isa_and_nonnull<CXXMethodDecl>(Op->getDirectCallee()) &&
        Op->getNumArgs() >= 1)
      return Op->getArg(0);
  return nullptr;
}

unsigned argCount(const Expr *Call) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return Construct->getNumArgs();
  const auto *C = cast<CallExpr>(Call);
  return C->getNumArgs() - (objectOf(Call) && isa<CXXOperatorCallExpr>(C));
}

bool oneOf(StringRef Value, StringRef List, bool IgnoreCase) {
  llvm::SmallVector<StringRef, 6> Items;
  List.split(Items, '|');
  return llvm::any_of(Items, [&](StringRef Item) {
    return IgnoreCase ? Value.equals_insensitive(Item) : Value == Item;
  });
}

Tri tri(bool B) { return B ? Tri::Yes : Tri::No; }

Tri test(const Condition &C, const Expr *Call, ASTContext &Ctx) {
  if (C.T == Condition::Always)
    return Tri::Yes;
  const Expr *Arg = tableArg(Call, C.Arg);
  if (!Arg)
    return Tri::No;
  if (Arg->isTypeDependent() || Arg->isValueDependent())
    return Tri::Maybe;
  switch (C.T) {
  case Condition::Always:
    return Tri::Yes;
  case Condition::EnumIn: {
    StringRef Name = enumeratorName(Arg);
    if (!Name.empty())
      return tri(oneOf(Name, C.Text, false));
    return constantInt(Arg, Ctx) ? Tri::No : Tri::Maybe;
  }
  case Condition::IntIn: {
    auto V = constantInt(Arg, Ctx);
    return V ? tri(oneOf(std::to_string(*V), C.Text, false)) : Tri::Maybe;
  }
  case Condition::BitSet: {
    auto V = constantInt(Arg, Ctx);
    return V ? tri((*V & C.Int) != 0) : Tri::Maybe;
  }
  case Condition::BitClear: {
    auto V = constantInt(Arg, Ctx);
    return V ? tri((*V & C.Int) == 0) : Tri::Maybe;
  }
  case Condition::True:
  case Condition::False: {
    auto V = constantInt(Arg, Ctx);
    if (!V)
      return Tri::Maybe;
    return tri(C.T == Condition::True ? *V != 0 : *V == 0);
  }
  case Condition::PointeeTrue:
  case Condition::PointeeAtLeast:
  case Condition::PointeeBelow:
  case Condition::PointeeIn: {
    auto V = pointedToInt(Arg, Ctx);
    if (!V)
      return Tri::Maybe;
    if (C.T == Condition::PointeeTrue)
      return tri(*V != 0);
    if (C.T == Condition::PointeeIn)
      return tri(oneOf(std::to_string(*V), C.Text, false));
    return tri(C.T == Condition::PointeeAtLeast ? *V >= C.Int : *V < C.Int);
  }
  case Condition::StringIn:
  case Condition::StringNotIn: {
    auto S = constantString(Arg, Ctx);
    if (!S)
      return Tri::Maybe;
    bool In = oneOf(S->Value, C.Text, /*IgnoreCase=*/true);
    return tri(C.T == Condition::StringIn ? In : !In);
  }
  case Condition::NameStartsWith: {
    const ValueDecl *Var = referencedVariable(Arg);
    return tri(Var && Var->getIdentifier() &&
               Var->getName().starts_with(C.Text));
  }
  }
  return Tri::Maybe;
}

Tri weaker(Tri A, Tri B) { return A < B ? A : B; }

/// The node key of a declaration: a variable's canonical declaration (its
/// `extern` and its definition are one), a parameter or a field itself.
const void *keyOf(const ValueDecl *D) {
  if (const auto *VD = dyn_cast<VarDecl>(D); VD && !isa<ParmVarDecl>(VD))
    return VD->getCanonicalDecl();
  return D;
}

} // namespace

//===----------------------------------------------------------------------===//
// Nodes and classes
//===----------------------------------------------------------------------===//

unsigned TransportModel::nodeId(Node N) {
  auto [It, Inserted] = Ids.try_emplace(N, Keys.size());
  if (Inserted) {
    Keys.push_back(N);
    Succ.emplace_back();
    Pred.emplace_back();
  }
  return It->second;
}

std::optional<unsigned> TransportModel::findNode(Node N) const {
  auto It = Ids.find(N);
  if (It == Ids.end())
    return std::nullopt;
  return It->second;
}

void TransportModel::addFlow(unsigned From, unsigned To) {
  if (From == To || llvm::is_contained(Succ[From], To))
    return;
  Succ[From].push_back(To);
  Pred[To].push_back(From);
}

//===----------------------------------------------------------------------===//
// Reading expressions
//===----------------------------------------------------------------------===//

/// What an expression designates or yields, in terms of model nodes.
class TransportModel::Reader {
public:
  explicit Reader(TransportModel &M, const SourceManager &SM) : SM(SM), M(M) {}

  /// The variable, field or array an lvalue designates (`fd`, `this->c`,
  /// `&ac->c` (a part of ac), `fds[i]`, `p.get()`, `*ctx`).
  const void *placeOf(const Expr *E, unsigned Depth = 0) const {
    if (!E || Depth > 16)
      return nullptr;
    E = E->IgnoreParenCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return isa<VarDecl>(Ref->getDecl()) ? keyOf(Ref->getDecl()) : nullptr;
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      const Expr *Base = Member->getBase()->IgnoreParenImpCasts();
      const auto *Field = dyn_cast<FieldDecl>(Member->getMemberDecl());
      if (!Field) {
        if (const auto *Static = dyn_cast<VarDecl>(Member->getMemberDecl()))
          return Static->getCanonicalDecl();
        return nullptr;
      }
      if (isa<CXXThisExpr>(Base) || isUserField(Field))
        return Field;
      return placeOf(Base, Depth + 1); // a part of a library struct
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() != UO_AddrOf && Unary->getOpcode() != UO_Deref)
        return nullptr;
      return placeOf(Unary->getSubExpr(), Depth + 1);
    }
    if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
      return placeOf(Subscript->getBase(), Depth + 1);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind K = Op->getOperator();
      if ((K == OO_Arrow || K == OO_Star) && Op->getNumArgs() == 1)
        return placeOf(Op->getArg(0), Depth + 1);
      if (K == OO_Subscript && Op->getNumArgs() == 2)
        return placeOf(Op->getArg(0), Depth + 1);
      return nullptr;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *M = Call->getMethodDecl();
      if (M && M->getIdentifier() &&
          (M->getName() == "get" || M->getName() == "native_handle"))
        return placeOf(Call->getImplicitObjectArgument(), Depth + 1);
      return nullptr;
    }
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
      return placeOf(Temp->getSubExpr(), Depth + 1);
    return nullptr;
  }

  /// The nodes the value of \p E belongs to (several for `c ? a : b`).
  void sourcesOf(const Expr *E, SmallVectorImpl<const void *> &Out,
                 unsigned Depth = 0) const {
    if (!E || Depth > 16)
      return;
    E = E->IgnoreParenCasts();
    if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
      return sourcesOf(Temp->getSubExpr(), Out, Depth + 1);
    if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
      return sourcesOf(Bind->getSubExpr(), Out, Depth + 1);
    if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(E))
      return sourcesOf(Cleanups->getSubExpr(), Out, Depth + 1);
    if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
      return sourcesOf(Default->getExpr(), Out, Depth + 1);
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(E)) {
      sourcesOf(Cond->getTrueExpr(), Out, Depth + 1);
      sourcesOf(Cond->getFalseExpr(), Out, Depth + 1);
      return;
    }
    if (const auto *Comma = dyn_cast<BinaryOperator>(E)) {
      if (Comma->getOpcode() == BO_Comma)
        return sourcesOf(Comma->getRHS(), Out, Depth + 1);
      if (Comma->isAssignmentOp() && Comma->getOpcode() == BO_Assign)
        return sourcesOf(Comma->getLHS(), Out, Depth + 1); // (fd = socket())
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Construct->getNumArgs() >= 1 && (Ctor->isCopyOrMoveConstructor() ||
                                           isSmartPointer(Ctor->getParent())))
        return sourcesOf(Construct->getArg(0), Out, Depth + 1);
      for (const auto &[Lib, A] : Apis(Construct))
        if (A->R == Role::Create) {
          M.ExprNodes.insert(Construct);
          Out.push_back(Construct);
          return;
        }
      return;
    }
    if (const auto *Call = dyn_cast<CallExpr>(E)) {
      if (const void *Place = placeOf(Call, Depth + 1)) {
        Out.push_back(Place); // p.get(), *ctx
        return;
      }
      const FunctionDecl *FD = Call->getDirectCallee();
      if (isPassThrough(FD) && Call->getNumArgs() >= 1)
        return sourcesOf(Call->getArg(0), Out, Depth + 1);
      bool Known = false;
      for (const auto &[Lib, A] : Apis(Call)) {
        if (A->R == Role::Create &&
            (A->Handle == model::Result ||
             (A->Handle == model::Object && madeClass(FD)))) {
          M.ExprNodes.insert(Call);
          Out.push_back(Call);
          Known = true;
        } else if (A->R == Role::Inherit) {
          M.InheritNodes.insert(Call);
          Out.push_back(Call); // a new object; its parent is recorded apart
          Known = true;
        } else if (A->R == Role::Same || A->R == Role::Derive) {
          const Expr *Handle = A->Handle == model::Object
                                   ? objectOf(Call)
                                   : tableArg(Call, A->Handle);
          sourcesOf(Handle, Out, Depth + 1);
          Known = true;
        }
      }
      if (Known)
        return;
      if (const FunctionDecl *Def = userDefinition(FD))
        Out.push_back(Def->getCanonicalDecl()); // what it returns
      return;
    }
    if (const void *Place = placeOf(E, Depth + 1))
      Out.push_back(Place);
  }

  /// The definition of \p FD when the TU has it in user code.
  const FunctionDecl *userDefinition(const FunctionDecl *FD) const {
    if (!FD)
      return nullptr;
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || !Def ||
        SM.isInSystemHeader(SM.getExpansionLoc(Def->getLocation())))
      return nullptr;
    return Def;
  }

  bool isUserField(const FieldDecl *Field) const {
    SourceLocation Loc = Field->getParent()->getLocation();
    return Loc.isValid() && !SM.isInSystemHeader(SM.getExpansionLoc(Loc));
  }

private:
  SmallVector<std::pair<const Library *, const Api *>, 2>
  Apis(const Expr *E) const {
    return M.apisOf(E);
  }
  const SourceManager &SM;
  TransportModel &M;
};

//===----------------------------------------------------------------------===//
// The traversal of user code
//===----------------------------------------------------------------------===//

class TransportModel::Builder : public RecursiveASTVisitor<Builder> {
public:
  Builder(TransportModel &M) : M(M), SM(M.Ctx.getSourceManager()), R(M, SM) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D)) {
      SourceLocation Loc = D->getLocation();
      if (Loc.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
        return true; // never the bodies of system headers
    }
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD)
      Functions.push_back(FD);
    bool Result = RecursiveASTVisitor::TraverseDecl(D);
    if (FD)
      Functions.pop_back();
    return Result;
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    Functions.push_back(L->getCallOperator());
    bool Result = RecursiveASTVisitor::TraverseLambdaExpr(L);
    Functions.pop_back();
    return Result;
  }

  bool TraverseConstructorInitializer(CXXCtorInitializer *Init) {
    if (Init->isMemberInitializer() && Init->getInit() && Init->isWritten())
      flow(Init->getMember(), Init->getInit());
    return RecursiveASTVisitor::TraverseConstructorInitializer(Init);
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (const auto *Parm = dyn_cast<ParmVarDecl>(VD)) {
      if (Parm->hasDefaultArg() && !Parm->hasUninstantiatedDefaultArg() &&
          !Parm->hasUnparsedDefaultArg())
        flow(Parm, Parm->getDefaultArg());
      return true;
    }
    if (const Expr *Init = VD->getInit())
      flow(keyOf(VD), Init);
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->getOpcode() == BO_Assign) {
      assign(B->getLHS(), B->getRHS());
      return true;
    }
    if (B->isCompoundAssignmentOp())
      if (const void *Target = R.placeOf(B->getLHS()))
        (B->getOpcode() == BO_AddAssign ? M.Appended : M.Overwritten)
            .insert(Target);
    return true;
  }

  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    ++M.References[Ref->getDecl()->getCanonicalDecl()];
    return true;
  }

  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->isIncrementDecrementOp())
      if (const void *Target = R.placeOf(U->getSubExpr()))
        M.Overwritten.insert(Target);
    return true;
  }

  bool VisitReturnStmt(ReturnStmt *Ret) {
    if (Functions.empty() || !Ret->getRetValue())
      return true;
    flow(Functions.back()->getCanonicalDecl(), Ret->getRetValue());
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    auto Apis = M.apisOf(Construct);
    recordEvents(Construct, Apis);
    // A transport built around another one (a Beast tcp_stream from an
    // accepted socket) is that same transport.
    for (const auto &[Lib, A] : Apis)
      if (A->R == Role::Create && A->Handle == model::Object) {
        for (const Expr *Arg : Construct->arguments()) {
          if (!isTransportClass(Arg->getType(), Lib))
            continue;
          SmallVector<const void *, 2> Sources;
          R.sourcesOf(Arg, Sources);
          for (const void *S : Sources)
            M.addFlow(M.nodeId(S), M.nodeId(Construct));
        }
        M.ExprNodes.insert(Construct);
        break;
      }
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    llvm::ArrayRef<const Expr *> Args(Construct->getArgs(),
                                      Construct->getNumArgs());
    if (const FunctionDecl *Def = R.userDefinition(Ctor))
      bindArguments(Def, Args, 0);
    const CXXRecordDecl *Class = Ctor->getParent();
    if (Class->getIdentifier() && !Args.empty() &&
        (Class->getName() == "thread" || Class->getName() == "jthread"))
      bindCallable(Args[0], Args.drop_front());
    markWrites(Construct, Ctor, Args);
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD) {
      if (Call->isTypeDependent())
        recordDependent(Call);
      return true;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call)) {
      if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
        assign(Op->getArg(0), Op->getArg(1));
        return true;
      }
      if (Op->getOperator() == OO_PlusEqual && Op->getNumArgs() == 2) {
        if (const void *Target = R.placeOf(Op->getArg(0)))
          M.Appended.insert(Target);
        return true;
      }
    }
    bool Known = recordEvents(Call, M.apisOf(Call));
    llvm::ArrayRef<const Expr *> Args(Call->getArgs(), Call->getNumArgs());
    if (const FunctionDecl *Def = R.userDefinition(FD)) {
      unsigned Shift = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD);
      bindArguments(Def, Args.drop_front(Shift), 0);
      markWrites(Call, FD, Args);
      return true;
    }
    if (isPassThrough(FD))
      return true;
    StringRef Name = FD->getIdentifier() ? FD->getName() : "";
    // Binders and factories that pass their arguments on to a callable or a
    // constructor of the program's own.
    if ((Name == "bind" || Name == "bind_front" || Name == "invoke" ||
         Name == "async") &&
        !Args.empty()) {
      unsigned First = 0;
      if (Name == "async" && Args.size() >= 2 && !callableOf(Args[0], Dummy) &&
          callableOf(Args[1], Dummy))
        First = 1; // std::async(policy, f, args...)
      bindCallable(Args[First], Args.drop_front(First + 1));
    } else if (Name == "pthread_create" && Args.size() == 4) {
      bindCallable(Args[2], Args.drop_front(3)); // start_routine(arg)
    } else if ((Name == "make_shared" || Name == "make_unique" ||
                Name == "allocate_shared") &&
               FD->getTemplateSpecializationArgs() &&
               FD->getTemplateSpecializationArgs()->size() >= 1) {
      const TemplateArgument &T = FD->getTemplateSpecializationArgs()->get(0);
      if (T.getKind() == TemplateArgument::Type)
        if (const auto *Class = T.getAsType()->getAsCXXRecordDecl())
          bindConstructors(Class, Name == "allocate_shared" ? Args.drop_front()
                                                            : Args);
    } else if (Name == "snprintf" || Name == "sprintf" || Name == "strcpy" ||
               Name == "strncpy" || Name == "stpcpy") {
      if (!Args.empty())
        if (const void *Buffer = R.placeOf(Args[0])) {
          M.Flows[Buffer].push_back(Call);
          return true;
        }
    } else if (Name == "strcat" || Name == "strncat") {
      if (!Args.empty())
        if (const void *Buffer = R.placeOf(Args[0]))
          M.Appended.insert(Buffer);
    } else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      const CXXMethodDecl *Method = Member->getMethodDecl();
      if (Method && Method->getIdentifier() && !Method->isConst())
        if (const void *Object =
                R.placeOf(Member->getImplicitObjectArgument())) {
          if (isStringClassType(Member->getImplicitObjectArgument()->getType()))
            (Method->getName() == "append" ? M.Appended : M.Overwritten)
                .insert(Object);
          // Resetting a smart pointer stores a new object in it.
          if (Method->getName() == "reset" && Member->getNumArgs() == 1 &&
              isSmartPointer(Method->getParent()))
            flow(Object, Member->getArg(0));
        }
    }
    markWrites(Call, FD, Args);
    if (!Known)
      recordExit(Call, FD, Args);
    return true;
  }

private:
  /// \p Value flows into \p Target.
  void flow(const void *Target, const Expr *Value) {
    if (!Target || !Value)
      return;
    M.Flows[Target].push_back(Value);
    QualType T;
    if (const auto *D = static_cast<const Decl *>(Target);
        const auto *VD = dyn_cast<ValueDecl>(D)) {
      if (const auto *FD = dyn_cast<FunctionDecl>(VD))
        T = FD->getReturnType();
      else
        T = VD->getType();
    }
    if (!mayHoldTransport(T))
      return;
    SmallVector<const void *, 2> Sources;
    R.sourcesOf(Value, Sources);
    if (Sources.empty())
      return;
    unsigned To = M.nodeId(Target);
    for (const void *S : Sources)
      M.addFlow(M.nodeId(S), To);
  }

  void assign(const Expr *LHS, const Expr *RHS) {
    const void *Target = R.placeOf(LHS);
    if (!Target)
      return;
    const Expr *L = LHS->IgnoreParenImpCasts();
    if (!isa<DeclRefExpr>(L) && !isa<MemberExpr>(L))
      M.Overwritten.insert(Target); // an element, or through a pointer
    flow(Target, RHS);
    // `net.fd = fd`: the structure holds the descriptor too.
    if (const auto *Member = dyn_cast<MemberExpr>(L))
      if (!isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        if (const void *Whole = R.placeOf(Member->getBase()))
          if (Whole != Target && M.findNode(Target))
            M.addFlow(M.nodeId(Target), M.nodeId(Whole));
  }

  void bindArguments(const FunctionDecl *Def, llvm::ArrayRef<const Expr *> Args,
                     unsigned FirstParam) {
    for (unsigned I = 0; I < Args.size(); ++I) {
      unsigned P = FirstParam + I;
      if (P >= Def->getNumParams())
        break;
      flow(Def->getParamDecl(P), Args[I]);
    }
  }

  void bindCallable(const Expr *Callable, llvm::ArrayRef<const Expr *> Args) {
    bool MemberPointer = false;
    const FunctionDecl *F = callableOf(Callable, MemberPointer);
    const FunctionDecl *Def = R.userDefinition(F);
    if (!Def)
      return;
    if (MemberPointer) {
      if (Args.empty())
        return;
      Args = Args.drop_front(); // the object
    }
    bindArguments(Def, Args, 0);
  }

  void bindConstructors(const CXXRecordDecl *Class,
                        llvm::ArrayRef<const Expr *> Args) {
    if (!Class->hasDefinition())
      return;
    for (const CXXConstructorDecl *Ctor : Class->ctors())
      if (!Ctor->isCopyOrMoveConstructor() &&
          Ctor->getNumParams() >= Args.size() &&
          Ctor->getMinRequiredArguments() <= Args.size())
        if (const FunctionDecl *Def = R.userDefinition(Ctor))
          bindArguments(Def, Args, 0);
  }

  /// Variables passed by non-const pointer or reference may be changed.
  template <typename ArgRange>
  void markWrites(const Expr *Call, const FunctionDecl *FD, ArgRange Args) {
    unsigned I = 0;
    unsigned Shift = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD);
    for (const Expr *Arg : Args) {
      unsigned Index = I++;
      if (Index < Shift)
        continue;
      unsigned P = Index - Shift;
      if (P >= FD->getNumParams())
        break; // variadic: printf-like readers
      QualType T = FD->getParamDecl(P)->getType();
      bool Writable =
          (T->isPointerType() && !T->getPointeeType().isConstQualified()) ||
          (T->isReferenceType() && !T.getNonReferenceType().isConstQualified());
      if (!Writable)
        continue;
      // `&v`, an array, or a pointer whose pointee may change.
      if (const void *Target = R.placeOf(Arg))
        M.Overwritten.insert(Target);
    }
  }

  /// Records the events of \p Call, whose table entries are \p Apis; false
  /// when no table knows it.
  bool
  recordEvents(const Expr *Call,
               llvm::ArrayRef<std::pair<const Library *, const Api *>> Apis) {
    if (Apis.empty())
      return false;
    const Decl *In = Functions.empty() ? nullptr : Functions.back();
    const FunctionDecl *Callee = nullptr;
    if (const auto *C = dyn_cast<CallExpr>(Call))
      Callee = C->getDirectCallee();
    else
      Callee = cast<CXXConstructExpr>(Call)->getConstructor();
    for (const auto &[Lib, A] : Apis) {
      if (A->R == Role::Inherit) {
        SmallVector<const void *, 2> Sources;
        R.sourcesOf(tableArg(Call, A->Handle), Sources);
        M.InheritNodes.insert(Call);
        unsigned Child = M.nodeId(Call);
        for (const void *S : Sources)
          M.Parents[Child].push_back(M.nodeId(S));
        continue;
      }
      if (A->Handle == model::Result || A->R == Role::Create)
        continue;
      SmallVector<std::pair<const Expr *, unsigned>, 4> Handles;
      if (A->Handle == model::Object) {
        if (const Expr *Object = objectOf(Call))
          Handles.push_back({Object, 0});
        else if (isa<CXXConstructExpr>(Call) || madeClass(Callee))
          Handles.push_back({Call, 0}); // the object made (make_shared too)
      } else if (A->Handle == model::AnyArg) {
        for (unsigned I = 0, N = argCount(Call); I < N; ++I)
          Handles.push_back({tableArg(Call, I), I});
      } else if (const Expr *Arg = tableArg(Call, A->Handle)) {
        Handles.push_back({Arg, unsigned(A->Handle)});
      }
      bool Attached = false;
      std::optional<unsigned> First;
      for (const auto &[Handle, Index] : Handles) {
        SmallVector<const void *, 2> Sources;
        if (Handle == Call) {
          M.ExprNodes.insert(Call);
          Sources.push_back(Call); // the object constructed
        } else {
          R.sourcesOf(Handle, Sources);
        }
        for (const void *S : Sources) {
          unsigned Node = M.nodeId(S);
          if (!First)
            First = Node;
          M.Recorded.push_back(
              {Event{Call, A, Lib, Callee, In, Index, false}, Node});
          Attached = true;
        }
      }
      if (!Attached && A->Handle != model::AnyArg)
        M.Recorded.push_back({Event{Call, A, Lib, Callee, In, 0, false}, ~0u});
      // acceptor.accept(socket), acceptor.async_accept([](auto ec,
      // tcp::socket s) {...}): the accepted sockets belong with it.
      if (A->R == Role::Derive && A->Handle == model::Object && First)
        for (unsigned I = 0, N = argCount(Call); I < N; ++I)
          deriveFrom(*First, tableArg(Call, I), Lib);
    }
    return true;
  }

  /// Whether \p T is (a reference to) a class \p Lib creates transports of.
  static bool isTransportClass(QualType T, const Library *Lib) {
    const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
    if (!RD)
      return false;
    std::string Name = qualifiedName(RD);
    return llvm::any_of(Lib->Apis, [&](const Api &A) {
      return A.R == Role::Create && A.Handle == model::Object && A.Name == Name;
    });
  }

  void deriveFrom(unsigned Node, const Expr *Arg, const Library *Lib) {
    if (!Arg)
      return;
    if (Arg->getType()->isRecordType() || Arg->getType()->isReferenceType()) {
      SmallVector<const void *, 2> Sources;
      R.sourcesOf(Arg, Sources);
      // Accepted from it, and what the accepted socket is (an SSL
      // stream's lowest layer, returned by a method) belongs with it.
      for (const void *S : Sources) {
        M.addFlow(Node, M.nodeId(S));
        M.addFlow(M.nodeId(S), Node);
      }
      if (!Sources.empty())
        return;
    }
    bool MemberPointer = false;
    const FunctionDecl *Handler =
        R.userDefinition(callableOf(Arg, MemberPointer));
    if (!Handler)
      return;
    for (const ParmVarDecl *P : Handler->parameters())
      if (isTransportClass(P->getType(), Lib))
        M.addFlow(Node, M.nodeId(P));
  }

  void recordExit(const CallExpr *Call, const FunctionDecl *FD,
                  llvm::ArrayRef<const Expr *> Args) {
    // Only the program's own functions defined elsewhere: code the TU
    // cannot see that may set the transport up.
    SourceLocation Loc = FD->getLocation();
    if (Loc.isInvalid() || SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
      return;
    const Decl *In = Functions.empty() ? nullptr : Functions.back();
    unsigned I = 0;
    for (const Expr *Arg : Args) {
      SmallVector<const void *, 2> Sources;
      if (mayHoldTransport(Arg->getType()))
        R.sourcesOf(Arg, Sources);
      for (const void *S : Sources)
        M.Recorded.push_back(
            {Event{Call, nullptr, nullptr, FD, In, I, false}, M.nodeId(S)});
      ++I;
    }
  }

  void recordDependent(const CallExpr *Call) {
    const Decl *In = Functions.empty() ? nullptr : Functions.back();
    unsigned I = 0;
    for (const Expr *Arg : Call->arguments()) {
      if (const void *Place = R.placeOf(Arg))
        M.Recorded.push_back(
            {Event{Call, nullptr, nullptr, nullptr, In, I, true},
             M.nodeId(Place)});
      ++I;
    }
  }

  TransportModel &M;
  const SourceManager &SM;
  Reader R;
  llvm::SmallVector<const FunctionDecl *, 8> Functions;
  bool Dummy = false;
};

//===----------------------------------------------------------------------===//
// The model
//===----------------------------------------------------------------------===//

namespace {

struct Registry {
  std::mutex Lock;
  llvm::DenseMap<const ASTContext *, std::unique_ptr<TransportModel>> Models;
};

Registry &registry() {
  static Registry R;
  return R;
}

} // namespace

TransportModel &TransportModel::of(ASTContext &Ctx) {
  Registry &Reg = registry();
  {
    std::lock_guard<std::mutex> Guard(Reg.Lock);
    auto It = Reg.Models.find(&Ctx);
    if (It != Reg.Models.end())
      return *It->second;
  }
  // Built outside the lock: one ASTContext belongs to one thread.
  std::unique_ptr<TransportModel> Model(new TransportModel(Ctx));
  TransportModel &Result = *Model;
  {
    std::lock_guard<std::mutex> Guard(Reg.Lock);
    Reg.Models[&Ctx] = std::move(Model);
  }
  Ctx.AddDeallocation(
      [](void *Key) {
        Registry &Reg = registry();
        std::lock_guard<std::mutex> Guard(Reg.Lock);
        Reg.Models.erase(static_cast<const ASTContext *>(Key));
      },
      &Ctx);
  return Result;
}

TransportModel::TransportModel(ASTContext &Ctx) : Ctx(Ctx) {
  for (const Library *Lib : model::libraries())
    for (const Api &A : Lib->Apis)
      ByName[lastComponent(A.Name)].push_back({Lib, &A});
  Builder B(*this);
  B.TraverseDecl(Ctx.getTranslationUnitDecl());
  finalize();
}

TransportModel::~TransportModel() = default;

unsigned TransportModel::referencesTo(const ValueDecl *D) const {
  return References.lookup(D->getCanonicalDecl());
}

void TransportModel::finalize() {
  for (unsigned I = 0; I < Recorded.size(); ++I)
    if (Recorded[I].second != ~0u)
      EventsByNode[Recorded[I].second].push_back(I);
}

const TransportModel::Closure &TransportModel::closureOf(TransportId T) {
  if (auto It = Closures.find(T); It != Closures.end())
    return *It->second; // (an empty one while it is being built: a cycle)
  Closure *C = new Closure();
  Closures[T] = std::unique_ptr<Closure>(C);
  // The objects that may flow into T: the nodes upstream of it that nothing
  // flows into (creations, parameters no caller here passes).
  llvm::DenseSet<unsigned> Upstream{T};
  llvm::SmallVector<unsigned, 16> Work{T}, Objects;
  while (!Work.empty()) {
    unsigned N = Work.pop_back_val();
    if (Pred[N].empty())
      Objects.push_back(N);
    for (unsigned P : Pred[N])
      if (Upstream.insert(P).second)
        Work.push_back(P);
  }
  if (Objects.empty()) // a cycle with no way in
    Objects.assign(Upstream.begin(), Upstream.end());
  // Everything they flow to.
  llvm::DenseSet<unsigned> Reach(Objects.begin(), Objects.end());
  Work.assign(Objects.begin(), Objects.end());
  while (!Work.empty()) {
    unsigned N = Work.pop_back_val();
    for (unsigned S : Succ[N])
      if (Reach.insert(S).second)
        Work.push_back(S);
  }
  llvm::SmallVector<unsigned, 16> Nodes(Reach.begin(), Reach.end());
  llvm::sort(Nodes);
  llvm::SmallVector<unsigned, 16> EventIndices;
  for (unsigned N : Nodes) {
    if (auto It = EventsByNode.find(N); It != EventsByNode.end())
      EventIndices.append(It->second.begin(), It->second.end());
    Node Key = Keys[N];
    if (ExprNodes.contains(Key)) {
      if (llvm::is_contained(Objects, N))
        C->Origins.push_back(static_cast<const Expr *>(Key));
    } else if (InheritNodes.contains(Key)) {
      // SSL_new(ctx): an expression, made from its parents (below), not a
      // creation of its own. (Read as a Decl, it was undefined behaviour
      // that UBSan caught.)
    } else if (const auto *VD =
                   dyn_cast<ValueDecl>(static_cast<const Decl *>(Key));
               VD && !isa<FunctionDecl>(VD)) {
      C->Decls.push_back(VD);
    }
  }
  llvm::sort(EventIndices);
  for (unsigned I : EventIndices)
    C->Events.push_back(Recorded[I].first);
  // What the objects it is made from have set on them (SSL_new(ctx): the
  // context's settings), but not what their other children have.
  for (unsigned Object : Objects)
    if (auto It = Parents.find(Object); It != Parents.end())
      for (unsigned Parent : llvm::SmallVector<unsigned, 1>(It->second)) {
        const Closure &P = closureOf(Parent);
        C->Events.insert(C->Events.end(), P.Events.begin(), P.Events.end());
        C->Origins.append(P.Origins.begin(), P.Origins.end());
      }
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(C->Origins, [&](const Expr *A, const Expr *B) {
    return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
  });
  C->Origins.erase(std::unique(C->Origins.begin(), C->Origins.end()),
                   C->Origins.end());
  return *C;
}

SmallVector<std::pair<const Library *, const Api *>, 2>
TransportModel::apisOf(const Expr *E) {
  SmallVector<std::pair<const Library *, const Api *>, 2> Out;
  const NamedDecl *Named = nullptr;
  bool IsConstructor = false;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    Named = Construct->getConstructor()->getParent();
    IsConstructor = true;
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    Named = Call->getDirectCallee();
    // std::make_shared<T>(...) and its kin construct a T.
    if (const auto *FD = dyn_cast_or_null<FunctionDecl>(Named))
      if (const CXXRecordDecl *Made = madeClass(FD)) {
        Named = Made;
        IsConstructor = true;
      }
  }
  if (!Named || !Named->getIdentifier())
    return Out;
  auto It = ByName.find(Named->getName());
  if (It == ByName.end())
    return Out;
  std::string Qualified;
  for (const auto &Entry : It->second) {
    StringRef Name = Entry.second->Name;
    bool IsQualified = Name.contains("::");
    if (!IsQualified) {
      // A C function: declared at global scope, not a method.
      if (IsConstructor || isa<CXXMethodDecl>(Named) ||
          !Named->getDeclContext()->getRedeclContext()->isTranslationUnit())
        continue;
    } else {
      if (Qualified.empty())
        Qualified = qualifiedName(Named);
      if (Qualified != Name)
        continue;
    }
    Out.push_back(Entry);
  }
  return Out;
}

std::optional<TransportModel::TransportId>
TransportModel::transportOf(const Expr *E) {
  if (!E)
    return std::nullopt;
  Reader R(*this, Ctx.getSourceManager());
  SmallVector<const void *, 2> Sources;
  R.sourcesOf(E, Sources);
  if (Sources.empty())
    return std::nullopt;
  // Prefer a node the build saw (a constructed object is joined to its
  // variable through the declaration).
  for (const void *S : Sources)
    if (auto Id = findNode(S))
      return *Id;
  return nodeId(Sources.front());
}

std::optional<TransportModel::TransportId>
TransportModel::transportOf(const ValueDecl *D) {
  if (!D)
    return std::nullopt;
  return nodeId(keyOf(D));
}

ArrayRef<TransportModel::Event> TransportModel::eventsOf(TransportId T) {
  return closureOf(T).Events;
}

Tri TransportModel::holds(const Event &E) {
  if (!E.Api)
    return E.Dependent ? Tri::Maybe : Tri::No;
  return holds(*E.Api, E.Call);
}

Tri TransportModel::holds(const Api &A, const Expr *Call) {
  return weaker(test(A.When, Call, Ctx), test(A.And, Call, Ctx));
}

Tri TransportModel::any(TransportId T, Role R, model::Kind K,
                        const Event **Which) {
  Tri Best = Tri::No;
  bool Decisive = R == Role::Tls || R == Role::Verify || R == Role::CheckHost ||
                  R == Role::CheckResult;
  for (const Event &E : eventsOf(T)) {
    Tri V = Tri::No;
    if (E.Api && E.Api->R == R && E.Library->K == K)
      V = holds(E);
    else if (!E.Api && E.Dependent && Decisive)
      V = Tri::Maybe;
    if (V > Best) {
      Best = V;
      if (Which)
        *Which = &E;
    }
    if (Best == Tri::Yes)
      break;
  }
  return Best;
}

bool TransportModel::anyUnattached(Role R, model::Kind K) {
  for (const auto &[E, Node] : Recorded)
    if (Node == ~0u && E.Api && E.Api->R == R && E.Library->K == K &&
        holds(E) != Tri::No)
      return true;
  return false;
}

SmallVector<TransportModel::TransportId, 4>
TransportModel::transportsWith(Role R, model::Kind K) {
  SmallVector<TransportId, 4> Out;
  for (const auto &[E, Node] : Recorded)
    if (Node != ~0u && E.Api && E.Api->R == R && E.Library->K == K &&
        holds(E) != Tri::No && !llvm::is_contained(Out, Node))
      Out.push_back(Node);
  return Out;
}

const TransportModel::Event *TransportModel::firstExit(TransportId T) {
  for (const Event &E : eventsOf(T))
    if (!E.Api && !E.Dependent)
      return &E;
  return nullptr;
}

ArrayRef<const Expr *> TransportModel::valuesOf(const ValueDecl *D,
                                                bool &Unknown) {
  Unknown = false;
  if (!D)
    return {};
  const void *Key = keyOf(D);
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (isa<ParmVarDecl>(VD)) {
      Unknown = true; // callers outside the TU, or through pointers
    } else if (VD->hasGlobalStorage() && !VD->isStaticLocal()) {
      // Another TU may assign a global with external linkage, unless it
      // is const (or a pointer to const, which the program treats as one).
      QualType T = VD->getType();
      bool Const =
          T.isConstQualified() ||
          (T->isPointerType() && T->getPointeeType().isConstQualified()) ||
          (T->isArrayType() &&
           Ctx.getAsArrayType(T)->getElementType().isConstQualified());
      if (!Const && VD->isExternallyVisible())
        Unknown = true;
      if (!VD->hasInit() && !VD->isThisDeclarationADefinition())
        Unknown = true; // `extern const char *url;`
      if (const VarDecl *Def = VD->getDefinition();
          Def && !Def->hasInit() && !VD->isConstexpr())
        Unknown |= VD->isExternallyVisible();
    }
  } else if (const auto *Field = dyn_cast<FieldDecl>(D)) {
    Unknown = !Field->getType().isConstQualified();
  }
  if (Overwritten.contains(Key))
    Unknown = true;
  auto It = Flows.find(Key);
  if (It == Flows.end())
    return {};
  return It->second;
}

ArrayRef<const Expr *> TransportModel::returnsOf(const FunctionDecl *F) {
  if (!F)
    return {};
  auto It = Flows.find(F->getCanonicalDecl());
  if (It == Flows.end())
    return {};
  return It->second;
}

ArrayRef<const ValueDecl *> TransportModel::declsOf(TransportId T) {
  return closureOf(T).Decls;
}

ArrayRef<const Expr *> TransportModel::originsOf(TransportId T) {
  return closureOf(T).Origins;
}

bool TransportModel::isAppendedTo(const ValueDecl *D) {
  return D && Appended.contains(keyOf(D));
}

} // namespace transit
