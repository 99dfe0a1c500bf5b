//===- ConstantString.cpp - Strings known at compile time -----------------===//
#include "transit/ConstantString.h"

#include "transit/TransportModel.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"

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

/// Evaluates the values expressions may have, through the transport model's
/// flows (initialisers, assignments, arguments, returns).
class Evaluator {
public:
  explicit Evaluator(ASTContext &Ctx)
      : Ctx(Ctx), Model(TransportModel::of(Ctx)) {}

  void valuesOf(const Expr *E, PossibleValues &Out, unsigned Depth) {
    if (!E || Depth > 12 || Out.Known.size() > 16) {
      Out.Unknown = true;
      return;
    }
    E = E->IgnoreParens();
    if (const auto *Cast = dyn_cast<CastExpr>(E))
      return valuesOf(Cast->getSubExpr(), Out, Depth + 1);
    if (const auto *W = dyn_cast<ExprWithCleanups>(E))
      return valuesOf(W->getSubExpr(), Out, Depth + 1);
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      return valuesOf(M->getSubExpr(), Out, Depth + 1);
    if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      return valuesOf(B->getSubExpr(), Out, Depth + 1);
    if (const auto *D = dyn_cast<CXXDefaultArgExpr>(E))
      return valuesOf(D->getExpr(), Out, Depth + 1);
    if (const auto *C = dyn_cast<ConstantExpr>(E))
      return valuesOf(C->getSubExpr(), Out, Depth + 1);
    if (const auto *O = dyn_cast<OpaqueValueExpr>(E))
      return valuesOf(O->getSourceExpr(), Out, Depth + 1);
    if (const auto *Literal = dyn_cast<StringLiteral>(E)) {
      if (Literal->getCharByteWidth() == 1) {
        Out.Known.push_back({Literal->getString().str(), Literal, nullptr, {}});
        return;
      }
      // u"...", L"..." (QStringLiteral, cpprestsdk's U() on Windows): read
      // when every code unit is ASCII. Fix-its never edit these
      // (editLiteral refuses them).
      std::string Ascii;
      for (unsigned I = 0, N = Literal->getLength(); I < N; ++I) {
        uint32_t Unit = Literal->getCodeUnit(I);
        if (Unit >= 0x80) {
          Out.Unknown = true;
          return;
        }
        Ascii += char(Unit);
      }
      Out.Known.push_back({std::move(Ascii), Literal, nullptr, {}});
      return;
    }
    if (const auto *Cond = dyn_cast<BinaryConditionalOperator>(E)) {
      valuesOf(Cond->getCommon(), Out, Depth + 1); // `a ?: b`
      valuesOf(Cond->getFalseExpr(), Out, Depth + 1);
      return;
    }
    if (const auto *Cond = dyn_cast<ConditionalOperator>(E)) {
      valuesOf(Cond->getTrueExpr(), Out, Depth + 1);
      valuesOf(Cond->getFalseExpr(), Out, Depth + 1);
      return;
    }
    if (!E->isValueDependent() && E->getType()->isPointerType() &&
        isNullPointer(E, Ctx))
      return; // no string at all (`const char *url = NULL;`)
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      // std::string / string_view / pqxx::zview from a string, and copies.
      if (!isStringClass(Construct->getConstructor()->getParent())) {
        Out.Unknown = true;
        return;
      }
      if (Construct->getNumArgs() == 0 ||
          isa<CXXDefaultArgExpr>(Construct->getArg(0)))
        return; // empty, as declared before it is assigned
      for (unsigned I = 1; I < Construct->getNumArgs(); ++I)
        if (!isa<CXXDefaultArgExpr>(Construct->getArg(I))) {
          Out.Unknown = true; // (pointer, length) and the like
          return;
        }
      return valuesOf(Construct->getArg(0), Out, Depth + 1);
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (Op->getOperator() == OO_Plus && Op->getNumArgs() == 2 &&
          isStringLikeType(Op->getType()))
        return concatenate(Op->getArg(0), Op->getArg(1), Out, Depth);
      Out.Unknown = true;
      return;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *Method = Call->getMethodDecl();
      if (Method && isStringClass(Method->getParent()) &&
          Method->getIdentifier() &&
          (Method->getName() == "c_str" || Method->getName() == "data"))
        return valuesOf(Call->getImplicitObjectArgument(), Out, Depth + 1);
      // otherwise: a method of the program's own, or unknown
    }
    if (const auto *Call = dyn_cast<CallExpr>(E))
      return callValues(Call, Out, Depth);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return variableValues(Ref->getDecl(), Out, Depth);
    if (const auto *Member = dyn_cast<MemberExpr>(E))
      return variableValues(Member->getMemberDecl(), Out, Depth);
    Out.Unknown = true;
  }

private:
  void callValues(const CallExpr *Call, PossibleValues &Out, unsigned Depth) {
    const FunctionDecl *FD = Call->getDirectCallee();
    StringRef Name = FD && FD->getIdentifier() ? FD->getName() : "";
    unsigned N = Call->getNumArgs();
    // What a buffer holds after these wrote it (the model records them as
    // the buffer's values).
    if ((Name == "snprintf" && N >= 3) || (Name == "sprintf" && N >= 2))
      return formatted(Call->getArg(Name == "snprintf" ? 2 : 1),
                       /*Braces=*/false, Out);
    if ((Name == "strcpy" || Name == "strncpy" || Name == "stpcpy") && N >= 2)
      return valuesOf(Call->getArg(1), Out, Depth + 1);
    if (Name == "format" && N >= 1 && FD &&
        (FD->isInStdNamespace() || isInNamespace(FD, "fmt")))
      return formatted(Call->getArg(0), /*Braces=*/true, Out);
    const SourceManager &SM = Ctx.getSourceManager();
    const FunctionDecl *Def = nullptr;
    if (FD && FD->hasBody(Def) && Def &&
        !SM.isInSystemHeader(SM.getExpansionLoc(Def->getLocation()))) {
      if (!Visiting.insert(Def).second)
        return;
      auto Returns = Model.returnsOf(Def);
      if (Returns.empty())
        Out.Unknown = true;
      for (const Expr *R : Returns)
        valuesOf(R, Out, Depth + 1);
      Visiting.erase(Def);
      return;
    }
    Out.Unknown = true;
  }

  void variableValues(const ValueDecl *D, PossibleValues &Out, unsigned Depth) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD && !isa<FieldDecl>(D)) {
      Out.Unknown = true;
      return;
    }
    const void *Key = D;
    if (VD && !isa<ParmVarDecl>(VD))
      Key = VD->getCanonicalDecl();
    if (!Visiting.insert(Key).second)
      return;
    bool Unknown = false;
    auto Values = Model.valuesOf(D, Unknown);
    size_t Before = Out.Known.size();
    if (VD && Values.empty() && !isa<ParmVarDecl>(VD)) {
      // A variable the traversal did not see: a constant of a system header,
      // a static data member initialised in its class.
      const VarDecl *Definition = nullptr;
      if (const Expr *Init = VD->getAnyInitializer(Definition)) {
        if (VD->isConstexpr() || VD->getType().isConstQualified() ||
            !VD->isExternallyVisible())
          valuesOf(Init, Out, Depth + 1);
        else
          Out.Unknown = true;
      } else {
        Out.Unknown = true;
      }
    } else {
      Out.Unknown |= Unknown || Values.empty();
      for (const Expr *Value : Values)
        valuesOf(Value, Out, Depth + 1);
    }
    bool Appended = Model.isAppendedTo(D);
    for (size_t I = Before; I < Out.Known.size(); ++I) {
      ConstantString &S = Out.Known[I];
      if (!S.Variable && VD)
        S.Variable = VD;
      if (Appended) { // `s += host`: something follows
        if (S.Pieces.empty() && S.Literal)
          S.Pieces.push_back({0, S.Literal});
        S.Value.push_back(HoleChar);
      }
    }
    Visiting.erase(Key);
  }

  /// `a + b` on strings: what is known of each side, in order.
  void concatenate(const Expr *A, const Expr *B, PossibleValues &Out,
                   unsigned Depth) {
    ConstantString Result;
    bool AnyKnown = false;
    for (const Expr *Side : {A, B}) {
      PossibleValues Part;
      valuesOf(Side, Part, Depth + 1);
      if (Part.Known.size() == 1 && !Part.Unknown) {
        const ConstantString &P = Part.Known.front();
        size_t Shift = Result.Value.size();
        if (P.Pieces.empty()) {
          if (P.Literal)
            Result.Pieces.push_back({Shift, P.Literal});
        } else {
          for (const ConstantString::Piece &Piece : P.Pieces)
            Result.Pieces.push_back({Shift + Piece.Offset, Piece.Literal});
        }
        if (!Result.Literal)
          Result.Literal = P.Literal;
        if (!Result.Variable)
          Result.Variable = P.Variable;
        Result.Value += P.Value;
        AnyKnown = true;
      } else {
        Result.Value.push_back(HoleChar);
      }
    }
    if (!AnyKnown || !Result.Literal) {
      Out.Unknown = true;
      return;
    }
    Out.Known.push_back(std::move(Result));
  }

  /// A printf (or std::format) format string, each conversion replaced by
  /// as many HoleChar bytes as it is long, so that offsets in the value are
  /// offsets in the literal.
  void formatted(const Expr *Format, bool Braces, PossibleValues &Out) {
    auto Text = constantString(Format, Ctx);
    if (!Text || !Text->Literal) {
      Out.Unknown = true;
      return;
    }
    std::string Value = Text->Value;
    for (size_t I = 0; I < Value.size(); ++I) {
      size_t End;
      if (!Braces && Value[I] == '%') {
        End = I + 1;
        if (End < Value.size() && Value[End] == '%') {
          Value[End] = HoleChar; // "%%": a '%', and one byte not known
          I = End;
          continue;
        }
        while (End < Value.size() && !llvm::isAlpha(Value[End]))
          ++End;
        while (End + 1 < Value.size() &&
               StringRef("hlLqjzt").contains(Value[End]))
          ++End;
      } else if (Braces && Value[I] == '{') {
        if (I + 1 < Value.size() && Value[I + 1] == '{') {
          Value[I + 1] = HoleChar;
          ++I;
          continue;
        }
        End = Value.find('}', I);
        if (End == std::string::npos)
          break;
      } else {
        continue;
      }
      for (size_t J = I; J <= End && J < Value.size(); ++J)
        Value[J] = HoleChar;
      I = End;
    }
    ConstantString Result{Value, Text->Literal, Text->Variable, {}};
    Result.Pieces.push_back({0, Text->Literal});
    Out.Known.push_back(std::move(Result));
  }

  static bool isInNamespace(const Decl *D, StringRef Name) {
    for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
      if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
        if (NS->getIdentifier() && NS->getName() == Name)
          return true;
    return false;
  }

  ASTContext &Ctx;
  TransportModel &Model;
  llvm::DenseSet<const void *> Visiting;
};

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

PossibleValues possibleValues(const Expr *E, ASTContext &Ctx) {
  PossibleValues Out;
  Evaluator(Ctx).valuesOf(E, Out, 0);
  return Out;
}

std::optional<ConstantString> constantString(const Expr *E, ASTContext &Ctx) {
  PossibleValues Values = possibleValues(E, Ctx);
  if (Values.Unknown || Values.Known.size() != 1 ||
      !Values.Known.front().Pieces.empty())
    return std::nullopt;
  return std::move(Values.Known.front());
}

std::optional<int64_t> constantInt(const Expr *E, ASTContext &Ctx) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    if (E->isValueDependent() || E->isTypeDependent())
      return std::nullopt;
    Expr::EvalResult Result;
    if (E->EvaluateAsInt(Result, Ctx))
      return Result.Val.getInt().getExtValue();
    // A variable given exactly one value that nothing else changes.
    const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
    const auto *VD = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!VD || isa<ParmVarDecl>(VD))
      return std::nullopt;
    bool Unknown = false;
    auto Values = TransportModel::of(Ctx).valuesOf(VD, Unknown);
    if (Values.empty() && !Unknown) {
      const VarDecl *Definition = nullptr;
      const Expr *Init = VD->getAnyInitializer(Definition);
      if (!Init || !(VD->isConstexpr() || VD->getType().isConstQualified()))
        return std::nullopt;
      E = Init; // a constant the traversal did not see (system headers)
      continue;
    }
    if (Unknown || Values.size() != 1)
      return std::nullopt;
    E = Values.front();
  }
  return std::nullopt;
}

std::optional<int64_t> pointedToInt(const Expr *E, ASTContext &Ctx) {
  const auto *Unary = dyn_cast<UnaryOperator>(E->IgnoreParenCasts());
  if (!Unary || Unary->getOpcode() != UO_AddrOf)
    return std::nullopt;
  return constantInt(Unary->getSubExpr(), Ctx);
}

bool isNullPointer(const Expr *E, ASTContext &Ctx) {
  return E && !E->isValueDependent() &&
         E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
             Expr::NPCK_NotNull;
}

/// The length of \p Literal's contents once \p Edit is made.
static uint64_t editedLength(const StringLiteral *Literal,
                             const TextEdit &Edit) {
  return uint64_t(Literal->getByteLength()) - Edit.Length + Edit.Text.size();
}

/// Whether \p Literal, given \p NewLength bytes, still fits what it
/// initialises: a char array of a written size (`char db[100] = "..."`)
/// must keep room for the terminating NUL. A literal that decays to a
/// pointer, or that sizes its array (`char db[] = "..."`), may grow.
static bool fitsWhatItInitialises(const StringLiteral *Literal,
                                  uint64_t NewLength, ASTContext &Ctx) {
  const auto *Array = Ctx.getAsConstantArrayType(Literal->getType());
  if (!Array || NewLength <= Literal->getByteLength())
    return true;
  // Sema gives a literal that initialises a char array the array's type: a
  // size other than the literal's own is a written one.
  uint64_t Size = Array->getZExtSize();
  if (Size != uint64_t(Literal->getByteLength()) + 1)
    return NewLength + 1 <= Size;
  // Its own size: a value (it decays to a pointer), an array sized by it
  // (`char db[] = "..."`), or an array written exactly that size. Every
  // parent (an initializer list has two forms) must say it may grow.
  auto MayGrow = [&](const DynTypedNode &Parent) {
    if (Parent.get<ImplicitCastExpr>())
      return true; // used as a value
    if (const auto *List = Parent.get<InitListExpr>()) {
      const InitListExpr *Semantic =
          List->isSemanticForm() ? List : List->getSemanticForm();
      for (const Expr *Init : Semantic ? Semantic->inits() : ArrayRef<Expr *>())
        if (Init && Init->IgnoreParenImpCasts() == Literal)
          return isa<ImplicitCastExpr>(Init);
      return false;
    }
    if (const auto *Var = Parent.get<VarDecl>()) {
      const TypeSourceInfo *TSI = Var->getTypeSourceInfo();
      return TSI && isa<IncompleteArrayType>(TSI->getType().getCanonicalType());
    }
    return !Parent.get<FieldDecl>(); // `char name[8] = "..."` in a class
  };
  DynTypedNodeList Parents = Ctx.getParents(*Literal);
  while (Parents.size() == 1 && Parents[0].get<ParenExpr>())
    Parents = Ctx.getParents(Parents[0]);
  return !Parents.empty() && llvm::all_of(Parents, MayGrow);
}

std::optional<FixItHint> editLiteral(const StringLiteral *Literal,
                                     const TextEdit &Edit, ASTContext &Ctx,
                                     bool *TooSmall) {
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
  if (!fitsWhatItInitialises(Literal, editedLength(Literal, Edit), Ctx)) {
    if (TooSmall) // `char db[100]` would not hold the fixed string
      *TooSmall = true;
    return std::nullopt;
  }
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

namespace transit {

std::optional<FixItHint> editValue(const ConstantString &S,
                                   const TextEdit &Edit, ASTContext &Ctx,
                                   bool *TooSmall) {
  if (S.Pieces.empty())
    return editLiteral(S.Literal, Edit, Ctx, TooSmall);
  llvm::StringRef Edited =
      llvm::StringRef(S.Value).substr(Edit.Offset, Edit.Length);
  if (Edited.contains(HoleChar))
    return std::nullopt; // over a part not known
  for (const ConstantString::Piece &P : S.Pieces) {
    size_t Length = P.Literal->getByteLength();
    if (Edit.Offset >= P.Offset &&
        Edit.Offset + Edit.Length <= P.Offset + Length)
      return editLiteral(P.Literal,
                         {Edit.Offset - P.Offset, Edit.Length, Edit.Text}, Ctx,
                         TooSmall);
  }
  return std::nullopt;
}

} // namespace transit
