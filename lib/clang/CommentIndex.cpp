//===- CommentIndex.cpp - Every comment of a TU, by file ------------------===//
#include "transit/CommentIndex.h"

#include <algorithm>

namespace transit {

bool CommentIndex::HandleComment(clang::Preprocessor &PP,
                                 clang::SourceRange Range) {
  const clang::SourceManager &SM = PP.getSourceManager();
  clang::SourceLocation Begin = Range.getBegin(), End = Range.getEnd();
  if (Begin.isInvalid() || End.isInvalid() || !Begin.isFileID() ||
      !End.isFileID())
    return false;
  auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
  auto [EndFile, EndOffset] = SM.getDecomposedLoc(End);
  if (File != EndFile || EndOffset < BeginOffset)
    return false;
  if (!Users.contains(SM, File))
    return false;
  std::vector<CommentSpan> &Spans = ByFile[File];
  if (!Spans.empty() && Spans.back().Begin >= BeginOffset)
    Unsorted.insert(File);
  Spans.push_back({BeginOffset, EndOffset});
  return false; // never consumes a comment
}

llvm::SmallVector<clang::FileID, 8> CommentIndex::files() const {
  llvm::SmallVector<clang::FileID, 8> Files;
  for (const auto &Entry : ByFile)
    Files.push_back(Entry.first);
  llvm::sort(Files);
  return Files;
}

llvm::ArrayRef<CommentSpan> CommentIndex::commentsIn(clang::FileID File) {
  auto It = ByFile.find(File);
  if (It == ByFile.end())
    return {};
  std::vector<CommentSpan> &Spans = It->second;
  if (Unsorted.erase(File)) {
    // Only re-lexing (rare) delivers a comment twice or out of order.
    std::sort(Spans.begin(), Spans.end(),
              [](const CommentSpan &A, const CommentSpan &B) {
                return A.Begin < B.Begin;
              });
    Spans.erase(std::unique(Spans.begin(), Spans.end(),
                            [](const CommentSpan &A, const CommentSpan &B) {
                              return A.Begin == B.Begin;
                            }),
                Spans.end());
  }
  return Spans;
}

} // namespace transit
