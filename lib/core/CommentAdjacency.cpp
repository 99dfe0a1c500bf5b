//===- CommentAdjacency.cpp - Which comments belong to a site -------------===//
#include "transit/CommentAdjacency.h"

#include <algorithm>

namespace transit {
namespace {

/// White space between tokens, with at most \p MaxNewlines line breaks. A
/// backslash counts as space: it can only be a line continuation here (the
/// text lies between comments, or between a comment and code).
bool isGap(llvm::StringRef Text, unsigned MaxNewlines) {
  unsigned Newlines = 0;
  for (char C : Text) {
    if (C == '\n') {
      if (++Newlines > MaxNewlines)
        return false;
      continue;
    }
    if (C != ' ' && C != '\t' && C != '\r' && C != '\v' && C != '\f' &&
        C != '\\')
      return false;
  }
  return true;
}

} // namespace

unsigned BufferComments::lineStart(unsigned Offset) const {
  size_t NL = Buffer.rfind('\n', Offset); // looks before Offset
  return NL == llvm::StringRef::npos ? 0 : NL + 1;
}

unsigned BufferComments::lineEnd(unsigned Offset) const {
  size_t NL = Buffer.find('\n', Offset);
  return NL == llvm::StringRef::npos ? Buffer.size() : NL;
}

bool BufferComments::joined(unsigned I) const {
  const CommentSpan &A = Comments[I], &B = Comments[I + 1];
  if (A.End > B.Begin)
    return false;
  return isGap(Buffer.slice(A.End, B.Begin), 1);
}

bool BufferComments::beginsLine(unsigned I) const {
  unsigned Begin = Comments[I].Begin;
  return isGap(Buffer.slice(lineStart(Begin), Begin), 0);
}

std::optional<CommentBlock> BufferComments::blockAbove(unsigned Offset) const {
  unsigned LS = lineStart(Offset);
  // The last comment that begins before the site's line.
  auto It =
      std::partition_point(Comments.begin(), Comments.end(),
                           [&](const CommentSpan &C) { return C.Begin < LS; });
  if (It == Comments.begin())
    return std::nullopt;
  unsigned Last = std::distance(Comments.begin(), It) - 1;
  const CommentSpan &C = Comments[Last];
  if (C.End <= LS) {
    // Must end on the previous line with only white space after it.
    if (LS == 0 || !isGap(Buffer.slice(C.End, LS), 1))
      return std::nullopt;
  } else {
    // A block comment that closes on the site's line, right before the site.
    if (C.End > Offset || !isGap(Buffer.slice(C.End, Offset), 0))
      return std::nullopt;
  }
  unsigned First = Last;
  while (true) {
    if (First > 0 && joined(First - 1)) {
      --First;
      continue;
    }
    if (beginsLine(First))
      break;
    // The earliest comment trails code: the block starts after it.
    if (First == Last)
      return std::nullopt;
    ++First;
    break;
  }
  return CommentBlock{First, Last};
}

llvm::SmallVector<CommentBlock, 2>
BufferComments::blocksOnLines(unsigned Begin, unsigned End) const {
  llvm::SmallVector<CommentBlock, 2> Blocks;
  unsigned From = lineStart(Begin), To = lineEnd(std::max(Begin, End));
  auto It = std::partition_point(
      Comments.begin(), Comments.end(),
      [&](const CommentSpan &C) { return C.Begin < From; });
  for (unsigned I = std::distance(Comments.begin(), It);
       I < Comments.size() && Comments[I].Begin < To; ++I) {
    // The justification may go on over the comment lines that follow.
    Blocks.push_back(blockFrom(I));
    I = Blocks.back().Last;
  }
  return Blocks;
}

CommentBlock BufferComments::blockFrom(unsigned First) const {
  unsigned Last = First;
  while (Last + 1 < Comments.size() && joined(Last))
    ++Last;
  return {First, Last};
}

llvm::SmallVector<CommentBlock, 8> BufferComments::allBlocks() const {
  llvm::SmallVector<CommentBlock, 8> Blocks;
  // As blocksOnLines sees them: a trailing comment with the comment lines
  // that continue it.
  for (unsigned I = 0; I < Comments.size(); I = Blocks.back().Last + 1)
    Blocks.push_back(blockFrom(I));
  return Blocks;
}

llvm::StringRef BufferComments::text(CommentBlock Block) const {
  return Buffer.slice(Comments[Block.First].Begin, Comments[Block.Last].End);
}

} // namespace transit
