//===- transit/report/Diff.h - Unified diffs in and out ---------*- C++ -*-===//
#ifndef TRANSIT_REPORT_DIFF_H
#define TRANSIT_REPORT_DIFF_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <utility>
#include <vector>

namespace transit::report {

/// The lines a diff adds or changes, by file (the path as the diff names the
/// new file, `a/` and `b/` prefixes of git diffs removed).
class ChangedLines {
public:
  /// Every line of the file counts as changed (a file new to git).
  void addWholeFile(llvm::StringRef Path);
  void addLines(llvm::StringRef Path, unsigned First, unsigned Count);
  bool contains(llvm::StringRef Path, unsigned Line) const;
  bool containsFile(llvm::StringRef Path) const;
  std::vector<std::string> files() const;

private:
  struct Ranges {
    bool Whole = false;
    std::vector<std::pair<unsigned, unsigned>> Lines; ///< [first, last]
  };
  llvm::StringMap<Ranges> Files;
};

/// Reads a unified diff (git diff, diff -u; any context size). A deleted
/// file, or a hunk that only removes lines, changes no line of the new side.
llvm::Expected<ChangedLines> parseUnifiedDiff(llvm::StringRef Text);

/// A unified diff (3 lines of context) turning Old into New; empty if equal.
std::string unifiedDiff(llvm::StringRef OldName, llvm::StringRef NewName,
                        llvm::StringRef Old, llvm::StringRef New);

} // namespace transit::report

#endif // TRANSIT_REPORT_DIFF_H
