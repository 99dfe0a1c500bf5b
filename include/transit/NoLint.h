//===- transit/NoLint.h - clang-tidy's NOLINT directives ---------*- C++
//-*-===//
//
// `NOLINT`, `NOLINTNEXTLINE` and `NOLINTBEGIN`/`NOLINTEND`, found and read the
// way clang-tidy's NoLintDirectiveHandler does (anywhere on a line, an
// optional `(check, glob*)` list, negative globs ignored), so that
// transit-carve-out can report the ones that silence transit checks. No Clang
// here.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_NOLINT_H
#define TRANSIT_NOLINT_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace transit {

struct NoLintDirective {
  enum class Kind { Line, NextLine, Begin, End };
  Kind K = Kind::Line;
  /// Offset of "NOLINT" in the text searched.
  size_t Offset = 0;
  /// Offset just past the directive (past its `)` when it has a list).
  size_t EndOffset = 0;
  /// The check list between the parentheses; none: every check.
  std::optional<std::string> Checks;

  /// Whether the directive silences \p CheckName.
  bool covers(llvm::StringRef CheckName) const;
  /// Whether its list names transit checks on purpose: a glob that starts
  /// with "transit-" (`transit-insecure-grpc`, `transit-*`). A bare NOLINT or
  /// `*` silences them too, but only as a side effect.
  bool namesTransitChecks() const;
  /// "NOLINT", "NOLINTNEXTLINE", "NOLINTBEGIN", "NOLINTEND".
  llvm::StringRef spelling() const;
};

/// Every directive in \p Text, in order.
std::vector<NoLintDirective> findNoLints(llvm::StringRef Text);

} // namespace transit

#endif // TRANSIT_NOLINT_H
