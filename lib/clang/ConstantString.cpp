//===- ConstantString.cpp - Strings known at compile time -----------------===//
#include "transit/ConstantString.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/ExprMutationAnalyzer.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace transit {
namespace {

bool isStringClass(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return false;
  StringRef Name = RD->getName();
  return Name == "basic_string" || Name == "basic_string_view" ||
         Name == "zview" || Name == "string_view" ||
         Name == "view_or_value" || // bsoncxx (mongocxx)
         Name == "SQLString";       // MySQL Connector/C++
}

/// Whether nothing can change the value \p VD was initialised with.
bool isUnchanging(const VarDecl *VD, ASTContext &Ctx) {
  QualType T = VD->getType();
  if (VD->isConstexpr() || T.isConstQualified())
    return true;
  if (const ArrayType *AT = Ctx.getAsArrayType(T))
    return AT->getElementType().isConstQualified();
  bool PointsToConst =
      T->isPointerType() && T->getPointeeType().isConstQualified();
  if (!VD->hasLocalStorage())
    return PointsToConst; // `static const char *kConn = "...";`
  // A local: unchanged in its function?
  const auto *Fn =
      dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!Fn || !Fn->getBody())
    return false;
  return !ExprMutationAnalyzer(*Fn->getBody(), Ctx).isMutated(VD);
}

std::optional<ConstantString> valueOf(const Expr *E, ASTContext &Ctx,
                                      unsigned Depth) {
  if (!E || Depth > 12)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();
  if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
    if (Literal->getCharByteWidth() != 1)
      return std::nullopt;
    return ConstantString{Literal->getString().str(), Literal, nullptr};
  }
  if (const auto *W = dyn_cast<ExprWithCleanups>(E))
    return valueOf(W->getSubExpr(), Ctx, Depth + 1);
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return valueOf(M->getSubExpr(), Ctx, Depth + 1);
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return valueOf(B->getSubExpr(), Ctx, Depth + 1);
  if (const auto *C = dyn_cast<CXXFunctionalCastExpr>(E))
    return valueOf(C->getSubExpr(), Ctx, Depth + 1);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    // std::string / string_view / pqxx::zview from a string, and copies.
    if (!isStringClass(Construct->getConstructor()->getParent()) ||
        Construct->getNumArgs() == 0)
      return std::nullopt;
    for (unsigned I = 1; I < Construct->getNumArgs(); ++I)
      if (!isa<CXXDefaultArgExpr>(Construct->getArg(I)))
        return std::nullopt; // (pointer, length) and the like
    return valueOf(Construct->getArg(0), Ctx, Depth + 1);
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (Method && isStringClass(Method->getParent()) &&
        Method->getIdentifier() &&
        (Method->getName() == "c_str" || Method->getName() == "data"))
      return valueOf(Call->getImplicitObjectArgument(), Ctx, Depth + 1);
    return std::nullopt;
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(Ref->getDecl());
    if (!VD)
      return std::nullopt;
    const VarDecl *Definition = nullptr;
    const Expr *Init = VD->getAnyInitializer(Definition);
    if (!Init || !isUnchanging(Definition, Ctx))
      return std::nullopt;
    auto Value = valueOf(Init, Ctx, Depth + 1);
    if (Value && !Value->Variable)
      Value->Variable = Definition;
    return Value;
  }
  return std::nullopt;
}

std::string escapeForLiteral(StringRef Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '\\' || C == '"')
      Out.push_back('\\');
    Out.push_back(C);
  }
  return Out;
}

} // namespace

bool isStringLikeType(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return T->getPointeeType()->isCharType();
  if (T->isArrayType())
    return T->getArrayElementTypeNoTypeQual()->isCharType();
  return isStringClass(T->getAsCXXRecordDecl());
}

std::optional<ConstantString> constantString(const Expr *E, ASTContext &Ctx) {
  return valueOf(E, Ctx, 0);
}

std::optional<int64_t> constantInt(const Expr *E, ASTContext &Ctx) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    if (E->isValueDependent() || E->isTypeDependent())
      return std::nullopt;
    Expr::EvalResult Result;
    if (E->EvaluateAsInt(Result, Ctx))
      return Result.Val.getInt().getExtValue();
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
    const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    const VarDecl *Definition = nullptr;
    const Expr *Init = VD ? VD->getAnyInitializer(Definition) : nullptr;
    if (!Init || !isUnchanging(Definition, Ctx))
      return std::nullopt;
    E = Init;
  }
  return std::nullopt;
}

bool isNullPointer(const Expr *E, ASTContext &Ctx) {
  return E && !E->isValueDependent() &&
         E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
             Expr::NPCK_NotNull;
}

std::optional<FixItHint> editLiteral(const StringLiteral *Literal,
                                     const TextEdit &Edit, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LangOpts = Ctx.getLangOpts();
  if (!Literal || Literal->getCharByteWidth() != 1 ||
      Edit.Offset + Edit.Length > Literal->getByteLength())
    return std::nullopt;
  for (unsigned I = 0; I < Literal->getNumConcatenated(); ++I) {
    SourceLocation Token = Literal->getStrTokenLoc(I);
    if (Token.isMacroID() && !SM.isMacroArgExpansion(Token))
      return std::nullopt; // spelled in a macro body
    if (SM.isInSystemHeader(SM.getSpellingLoc(Token)))
      return std::nullopt;
  }
  auto At = [&](unsigned Byte) -> SourceLocation {
    // Inside a macro argument the byte's location is a macro location; the
    // fix-it needs the file one, where the user spelled the literal.
    if (Byte < Literal->getByteLength())
      return SM.getFileLoc(
          Literal->getLocationOfByte(Byte, SM, LangOpts, Ctx.getTargetInfo()));
    // The end of the contents: the closing quote of the last token.
    SourceLocation Last = SM.getSpellingLoc(
        Literal->getStrTokenLoc(Literal->getNumConcatenated() - 1));
    SourceLocation AfterToken =
        Lexer::getLocForEndOfToken(Last, 0, SM, LangOpts);
    if (AfterToken.isInvalid())
      return {};
    SourceLocation Quote = AfterToken.getLocWithOffset(-1);
    return *SM.getCharacterData(Quote) == '"' ? Quote : SourceLocation();
  };
  SourceLocation Begin = At(Edit.Offset);
  if (Begin.isInvalid())
    return std::nullopt;
  std::string Text = escapeForLiteral(Edit.Text);
  if (Edit.Length == 0)
    return FixItHint::CreateInsertion(Begin, Text);
  SourceLocation End = At(Edit.Offset + Edit.Length);
  if (End.isInvalid())
    return std::nullopt;
  return FixItHint::CreateReplacement(CharSourceRange::getCharRange(Begin, End),
                                      Text);
}

} // namespace transit
