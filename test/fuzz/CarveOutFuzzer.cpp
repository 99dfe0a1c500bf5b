// The carve-out grammar and what feeds it: comment finding in every syntax of
// the comment table, NOLINT directives, and comment adjacency. No input may
// crash them, offsets must stay inside the text, a well-formed carve-out must
// have both parts, and a malformed one must say what is wrong.
#include "FuzzCheck.h"
#include "transit/CarveOut.h"
#include "transit/CommentAdjacency.h"
#include "transit/CommentSyntax.h"
#include "transit/NoLint.h"

#include <string>
#include <vector>

using namespace transit;

namespace {
void checkCarveOut(llvm::StringRef Comment, llvm::StringRef Marker) {
  CarveOut C = parseCarveOut(Comment, Marker);
  FUZZ_CHECK(C.K == CarveOut::Kind::Absent || C.MarkerOffset <= Comment.size());
  switch (C.K) {
  case CarveOut::Kind::Absent:
    FUZZ_CHECK(C.Problem == CarveOutProblem::None);
    break;
  case CarveOut::Kind::WellFormed:
    FUZZ_CHECK(C.Problem == CarveOutProblem::None);
    FUZZ_CHECK(!C.Guarantee.empty() && !C.Justification.empty());
    FUZZ_CHECK(C.describeProblem(Marker).empty());
    break;
  case CarveOut::Kind::Malformed:
    FUZZ_CHECK(C.Problem != CarveOutProblem::None);
    FUZZ_CHECK(!C.describeProblem(Marker).empty());
    break;
  }
  (void)stripCommentSyntax(Comment);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size < 1)
    return 0;
  // The first byte picks the comment syntax and the marker.
  llvm::ArrayRef<CommentSyntax> Syntaxes = commentSyntaxes();
  const CommentSyntax &Syntax = Syntaxes[Data[0] % Syntaxes.size()];
  llvm::StringRef Text = fuzz::text(Data + 1, Size - 1);
  std::string Custom = "ZFN-7 exemption:";
  llvm::StringRef Marker = (Data[0] & 0x80)
                               ? llvm::StringRef(Custom)
                               : llvm::StringRef(DefaultCarveOutMarker);
  FUZZ_CHECK(isValidMarker(Marker));
  (void)isValidMarker(Text.take_front(24));

  checkCarveOut(Text, Marker);

  std::vector<TextComment> Comments = findComments(Text, Syntax);
  std::vector<CommentSpan> Spans;
  size_t Last = 0;
  for (const TextComment &C : Comments) {
    FUZZ_CHECK(C.Begin >= Last && C.Begin <= C.End && C.End <= Text.size());
    FUZZ_CHECK(C.Text.size() == C.End - C.Begin);
    Last = C.End;
    checkCarveOut(C.Text, Marker);
    Spans.push_back(CommentSpan{unsigned(C.Begin), unsigned(C.End)});
  }

  for (const NoLintDirective &D : findNoLints(Text)) {
    FUZZ_CHECK(D.Offset < D.EndOffset && D.EndOffset <= Text.size());
    (void)D.covers("transit-plaintext-http");
    (void)D.namesTransitChecks();
    (void)D.spelling();
  }

  BufferComments Buffer(Text, Spans);
  for (CommentBlock B : Buffer.allBlocks()) {
    FUZZ_CHECK(B.First <= B.Last && B.Last < Spans.size());
    FUZZ_CHECK(Buffer.text(B).size() <= Text.size());
  }
  for (unsigned Offset = 0; Offset <= Text.size(); Offset += 7) {
    if (auto B = Buffer.blockAbove(Offset))
      FUZZ_CHECK(B->Last < Spans.size() && Buffer.beginOffset(*B) <= Offset);
    for (CommentBlock B : Buffer.blocksOnLines(Offset, Offset + 3))
      FUZZ_CHECK(B.First <= B.Last && B.Last < Spans.size());
  }
  return 0;
}
