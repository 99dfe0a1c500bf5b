//===- transit/CommentAdjacency.h - Which comments belong to a site -*- C++
//-*-===//
//
// The adjacency half of the carve-out grammar (docs/carve-out-grammar.md,
// "Placement"), on raw buffer text and comment offsets, so that it is
// unit-tested without Clang. A front end collects the comment ranges of a
// file once (one index per translation unit) and asks, per site, for the
// comment blocks that may carry its carve-out: the work per site is a binary
// search plus the few lines around the site.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_COMMENTADJACENCY_H
#define TRANSIT_COMMENTADJACENCY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <optional>

namespace transit {

/// One comment: the half-open byte range [Begin, End) of its buffer,
/// delimiters included.
struct CommentSpan {
  unsigned Begin = 0;
  unsigned End = 0;
};

/// A run of adjacent comments: positions [First, Last] in the comment list.
struct CommentBlock {
  unsigned First = 0;
  unsigned Last = 0;
  bool operator==(const CommentBlock &O) const {
    return First == O.First && Last == O.Last;
  }
};

/// The comments of one buffer, sorted by position, and the adjacency rules.
class BufferComments {
public:
  /// \p Comments must be sorted by Begin and must not overlap.
  BufferComments(llvm::StringRef Buffer, llvm::ArrayRef<CommentSpan> Comments)
      : Buffer(Buffer), Comments(Comments) {}

  /// The block that ends on the line directly above the line holding
  /// \p Offset (nothing but white space after it on that line), or a block
  /// comment that closes on that line just before \p Offset. The block starts
  /// at a comment that begins its line: a comment trailing code belongs to
  /// that code, not to the next line.
  std::optional<CommentBlock> blockAbove(unsigned Offset) const;

  /// The blocks that begin on a line spanned by [\p Begin, \p End] (leading,
  /// inner or trailing comments of a statement), each extended over the
  /// comment lines that directly follow it.
  llvm::SmallVector<CommentBlock, 2> blocksOnLines(unsigned Begin,
                                                   unsigned End) const;

  /// Every block of the buffer: each maximal run of joined comments (as
  /// blocksOnLines extends them).
  llvm::SmallVector<CommentBlock, 8> allBlocks() const;

  /// The raw text of \p Block, from its first comment's start to its last
  /// comment's end.
  llvm::StringRef text(CommentBlock Block) const;
  unsigned beginOffset(CommentBlock Block) const {
    return Comments[Block.First].Begin;
  }

private:
  unsigned lineStart(unsigned Offset) const;
  unsigned lineEnd(unsigned Offset) const;
  /// The block that starts at Comments[First] and takes in the comments
  /// joined to it.
  CommentBlock blockFrom(unsigned First) const;
  /// Whether Comments[I] and Comments[I + 1] belong to one block.
  bool joined(unsigned I) const;
  /// Whether only white space precedes Comments[I] on its line.
  bool beginsLine(unsigned I) const;

  llvm::StringRef Buffer;
  llvm::ArrayRef<CommentSpan> Comments;
};

} // namespace transit

#endif // TRANSIT_COMMENTADJACENCY_H
