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
#include <vector>

namespace transit {

/// Stands for what is not known in a string built from pieces
/// (`"tcp://" + host`, snprintf's `%s`): the parsers read it as an ordinary
/// character, so a host or a value made of it is simply not known.
constexpr char HoleChar = '\x1a';

struct ConstantString {
  std::string Value;
  /// The literal that spells Value (a fix-it edits it); for a string built
  /// from pieces, the first literal.
  const clang::StringLiteral *Literal = nullptr;
  /// The variable the value was read through, if any.
  const clang::VarDecl *Variable = nullptr;
  /// For a string built from pieces: where each literal lies in Value. The
  /// bytes of Value outside every piece, and HoleChar bytes inside one (a
  /// printf conversion), are not known.
  struct Piece {
    size_t Offset;
    const clang::StringLiteral *Literal;
  };
  std::vector<Piece> Pieces;

  bool hasHoles() const { return Value.find(HoleChar) != std::string::npos; }
  /// Whether the URL scheme (what comes before "://") is not known:
  /// `proto + "://" + host`.
  bool schemeUnknown() const {
    return llvm::StringRef(Value).split("://").first.contains(HoleChar);
  }
};

/// The values \p E may have at run time, as far as the translation unit
/// shows, flow-insensitively: every literal that may reach it through
/// constants, locals and fields assigned on several paths (`conninfo = argc
/// > 1 ? argv[1] : "host=..."`, an if/else), `?:`, the TU's own functions
/// (their returns, and their parameters' arguments); strings built from
/// pieces (`"tcp://" + std::string(argv[1])`, `std::string("http://") +
/// host`, snprintf and std::format into a buffer) with HoleChar where a piece
/// is not known.
struct PossibleValues {
  std::vector<ConstantString> Known;
  /// Some other value may reach it too (argv, getenv, a parameter, a
  /// variable written through a pointer...).
  bool Unknown = false;
};
PossibleValues possibleValues(const clang::Expr *E, clang::ASTContext &Ctx);

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

/// The integer `&v` (or `(void *)&v`) points to, when constantInt knows v:
/// an option value passed by address (mysql_options(h, opt, &value)).
std::optional<int64_t> pointedToInt(const clang::Expr *E,
                                    clang::ASTContext &Ctx);

/// Whether \p E is a null pointer constant (`NULL`, `nullptr`, `0`).
bool isNullPointer(const clang::Expr *E, clang::ASTContext &Ctx);

/// The fix-it that applies \p Edit to the contents of \p Literal, when the
/// literal is spelled in the user's file (not a macro body or system header)
/// and what it initialises still holds the result (when that alone stands
/// in the way, *\p TooSmall is set).
std::optional<clang::FixItHint> editLiteral(const clang::StringLiteral *Literal,
                                            const TextEdit &Edit,
                                            clang::ASTContext &Ctx,
                                            bool *TooSmall = nullptr);

/// The fix-it that applies \p Edit to \p S: to its literal, or, for a
/// string built from pieces, to the one literal the edit lies in (never
/// across pieces or over a part not known).
std::optional<clang::FixItHint> editValue(const ConstantString &S,
                                          const TextEdit &Edit,
                                          clang::ASTContext &Ctx,
                                          bool *TooSmall = nullptr);

} // namespace transit

#endif // TRANSIT_CONSTANTSTRING_H
