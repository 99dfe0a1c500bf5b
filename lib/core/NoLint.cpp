//===- NoLint.cpp - clang-tidy's NOLINT directives ------------------------===//
#include "transit/NoLint.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace transit {
namespace {

/// clang-tidy's globs: `*` matches any run of characters, nothing else is
/// special. Greedy with one backtrack point (the last `*`), so the time is
/// O(|Glob| * |Name|) however many stars a comment holds: a recursive match
/// took exponential time on `NOLINT(***...*x)` (found by fuzzing).
bool globMatches(llvm::StringRef Glob, llvm::StringRef Name) {
  size_t G = 0, N = 0;
  size_t StarG = llvm::StringRef::npos, StarN = 0;
  while (N < Name.size()) {
    if (G < Glob.size() && Glob[G] == '*') {
      StarG = G++;
      StarN = N;
    } else if (G < Glob.size() && Glob[G] == Name[N]) {
      ++G;
      ++N;
    } else if (StarG != llvm::StringRef::npos) {
      G = StarG + 1;
      N = ++StarN;
    } else {
      return false;
    }
  }
  while (G < Glob.size() && Glob[G] == '*')
    ++G;
  return G == Glob.size();
}

llvm::SmallVector<llvm::StringRef, 4> positiveGlobs(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  List.split(Parts, ',');
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim(" \t\r\n");
    if (!Part.empty() && !Part.starts_with("-"))
      Globs.push_back(Part);
  }
  return Globs;
}

} // namespace

bool NoLintDirective::covers(llvm::StringRef CheckName) const {
  if (!Checks)
    return true;
  return llvm::any_of(positiveGlobs(*Checks), [&](llvm::StringRef Glob) {
    return globMatches(Glob, CheckName);
  });
}

bool NoLintDirective::namesTransitChecks() const {
  return Checks &&
         llvm::any_of(positiveGlobs(*Checks), [](llvm::StringRef Glob) {
           return Glob.starts_with("transit-");
         });
}

llvm::StringRef NoLintDirective::spelling() const {
  switch (K) {
  case Kind::Line:
    return "NOLINT";
  case Kind::NextLine:
    return "NOLINTNEXTLINE";
  case Kind::Begin:
    return "NOLINTBEGIN";
  case Kind::End:
    return "NOLINTEND";
  }
  return "NOLINT";
}

std::vector<NoLintDirective> findNoLints(llvm::StringRef Text) {
  std::vector<NoLintDirective> Found;
  size_t Pos = 0;
  while ((Pos = Text.find("NOLINT", Pos)) != llvm::StringRef::npos) {
    NoLintDirective D;
    D.Offset = Pos;
    size_t After = Pos + 6;
    llvm::StringRef Rest = Text.drop_front(After);
    if (Rest.starts_with("NEXTLINE")) {
      D.K = NoLintDirective::Kind::NextLine;
      After += 8;
    } else if (Rest.starts_with("BEGIN")) {
      D.K = NoLintDirective::Kind::Begin;
      After += 5;
    } else if (Rest.starts_with("END")) {
      D.K = NoLintDirective::Kind::End;
      After += 3;
    }
    D.EndOffset = After;
    if (After < Text.size() && Text[After] == '(') {
      size_t Close = Text.find(')', After);
      // An unclosed list reads as no list, as in clang-tidy.
      if (Close != llvm::StringRef::npos &&
          !Text.slice(After, Close).contains('\n')) {
        D.Checks = Text.slice(After + 1, Close).str();
        D.EndOffset = Close + 1;
      }
    }
    Found.push_back(std::move(D));
    Pos = After;
  }
  return Found;
}

} // namespace transit
