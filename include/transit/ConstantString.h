//===- transit/ConstantString.h - Strings known at compile time -*- C++ -*-===//
//
// Connection strings and URLs reach the APIs the checks watch directly as
// literals, or through a constant, a `constexpr`, a `static const char *`, a
// `std::string` / `string_view` initialised from a literal, or a local that
// is never changed. This finds the literal behind such an expression, and
// turns an edit of the string's contents into a fix-it on the literal.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_CONSTANTSTRING_H
#define TRANSIT_CONSTANTSTRING_H

#include "transit/ConnectionString.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/Diagnostic.h"
#include <optional>

namespace transit {

struct ConstantString {
  std::string Value;
  /// The literal that spells Value (a fix-it edits it).
  const clang::StringLiteral *Literal = nullptr;
  /// The variable the value was read through, if any.
  const clang::VarDecl *Variable = nullptr;
};

/// The compile-time value of \p E, when \p E is (or reads, without
/// anything that could change it) one narrow string literal.
std::optional<ConstantString> constantString(const clang::Expr *E,
                                             clang::ASTContext &Ctx);

/// Whether \p T can carry a string: `const char *`, `char const[]`, or (a
/// reference to) a string class (std::string, string_view, pqxx::zview,
/// bsoncxx's view_or_value, Connector/C++'s SQLString).
bool isStringLikeType(clang::QualType T);

/// The integer (or bool) value of \p E when it is known at compile time: a
/// constant expression, or a variable initialised with one that nothing
/// changes (`long verify = 0; ... verify`).
std::optional<int64_t> constantInt(const clang::Expr *E,
                                   clang::ASTContext &Ctx);

/// Whether \p E is a null pointer constant (`NULL`, `nullptr`, `0`).
bool isNullPointer(const clang::Expr *E, clang::ASTContext &Ctx);

/// The fix-it that applies \p Edit to the contents of \p Literal, when the
/// literal is spelled in the user's file (not a macro body or system header).
std::optional<clang::FixItHint> editLiteral(const clang::StringLiteral *Literal,
                                            const TextEdit &Edit,
                                            clang::ASTContext &Ctx);

} // namespace transit

#endif // TRANSIT_CONSTANTSTRING_H
