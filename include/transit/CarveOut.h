//===- transit/CarveOut.h - The ZFN-3 carve-out grammar ---------*- C++ -*-===//
//
// The one implementation of the carve-out grammar specified in
// docs/carve-out-grammar.md. It works on raw comment text (comment delimiters
// included) and knows nothing about Clang, so every front end and tool parses
// a carve-out the same way and the grammar is unit-tested on its own.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_CARVEOUT_H
#define TRANSIT_CARVEOUT_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <string>

namespace transit {

/// The marker ZFN-3 prescribes. Organisations with their own note number set
/// the `CarveOutMarker` option instead.
inline constexpr llvm::StringLiteral DefaultCarveOutMarker = "ZFN-3 carve-out:";

/// What is wrong with a comment that looks like a carve-out but is not one.
enum class CarveOutProblem {
  None,
  MisspelledMarker,   ///< a near miss of the marker: case, spacing, `ZFN3`, no
                      ///< colon...
  MissingSeparator,   ///< no `;` between guarantee and justification
  EmptyGuarantee,     ///< nothing (no word) before the `;`
  EmptyJustification, ///< nothing (no word) after the `;`
  PlaceholderGuarantee, ///< `<...>`, `TODO`, `TBD`, `...`, `N/A` as the
                        ///< guarantee
  PlaceholderJustification,
};

struct CarveOut {
  enum class Kind {
    Absent,     ///< the comment says nothing that looks like a carve-out
    WellFormed, ///< the marker, a guarantee and a justification
    Malformed,  ///< looks like a carve-out but breaks the grammar
  };
  Kind K = Kind::Absent;
  CarveOutProblem Problem = CarveOutProblem::None;
  /// Offset in the parsed text where the marker (or its near miss) starts.
  size_t MarkerOffset = 0;
  /// The marker as written, for near misses.
  std::string WrittenMarker;
  /// Both parts with comment syntax stripped and white space folded.
  std::string Guarantee;
  std::string Justification;

  bool isWellFormed() const { return K == Kind::WellFormed; }
  bool isMalformed() const { return K == Kind::Malformed; }

  /// One sentence saying exactly what is wrong (empty unless malformed).
  std::string
  describeProblem(llvm::StringRef Marker = DefaultCarveOutMarker) const;
};

/// Parses the raw text of one comment block: a run of `//` lines or one or
/// more `/* ... */` comments, delimiters included. The marker may start
/// anywhere in the block; the justification runs to the end of the block.
CarveOut parseCarveOut(llvm::StringRef CommentBlock,
                       llvm::StringRef Marker = DefaultCarveOutMarker);

/// Returns \p Raw with comment delimiters (`//`, `///`, `/*`, `*/`, leading
/// `*` of block-comment lines, line-continuation backslashes) removed and all
/// white space, line breaks included, folded to single spaces.
std::string stripCommentSyntax(llvm::StringRef Raw);

/// Whether \p Marker is usable: it must contain a letter or digit.
bool isValidMarker(llvm::StringRef Marker);

} // namespace transit

#endif // TRANSIT_CARVEOUT_H
