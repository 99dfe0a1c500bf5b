//===- transit/CommentIndex.h - Every comment of a TU, by file --*- C++ -*-===//
#ifndef TRANSIT_COMMENTINDEX_H
#define TRANSIT_COMMENTINDEX_H

#include "transit/CommentAdjacency.h"
#include "transit/UserFiles.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <vector>

namespace transit {

/// Records the range of every comment the preprocessor lexes in a user file
/// (not a system header), grouped by file: one pass over the translation
/// unit, after which finding the comments around a site is a binary search.
class CommentIndex : public clang::CommentHandler {
public:
  /// \p SystemHeaders: record the comments of system headers too.
  explicit CommentIndex(bool SystemHeaders = false) : Users(SystemHeaders) {}

  bool HandleComment(clang::Preprocessor &PP,
                     clang::SourceRange Range) override;

  /// The files that have comments.
  llvm::SmallVector<clang::FileID, 8> files() const;
  /// The comments of \p File, sorted by position.
  llvm::ArrayRef<CommentSpan> commentsIn(clang::FileID File);

private:
  llvm::DenseMap<clang::FileID, std::vector<CommentSpan>> ByFile;
  llvm::DenseSet<clang::FileID> Unsorted;
  UserFiles Users;
};

} // namespace transit

#endif // TRANSIT_COMMENTINDEX_H
