// Unit tests of comment adjacency (docs/carve-out-grammar.md, "Placement").
// Comments are found in the test text with a small scanner that knows `//`,
// `/* */` and string literals: enough for these fixtures.
#include "transit/CommentAdjacency.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using transit::BufferComments;
using transit::CommentBlock;
using transit::CommentSpan;

namespace {

std::vector<CommentSpan> scanComments(llvm::StringRef Text) {
  std::vector<CommentSpan> Spans;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '"') {
      for (++I; I < Text.size() && Text[I] != '"'; ++I)
        if (Text[I] == '\\')
          ++I;
    } else if (Text.substr(I).starts_with("//")) {
      size_t End = Text.find('\n', I);
      if (End == llvm::StringRef::npos)
        End = Text.size();
      if (End > I && Text[End - 1] == '\r')
        --End;
      Spans.push_back({unsigned(I), unsigned(End)});
      I = End;
    } else if (Text.substr(I).starts_with("/*")) {
      size_t End = Text.find("*/", I + 2) + 2;
      Spans.push_back({unsigned(I), unsigned(End)});
      I = End - 1;
    }
  }
  return Spans;
}

/// The text of the block above the line holding \p Needle, or "<none>".
struct Fixture {
  std::string Text;
  std::vector<CommentSpan> Spans;
  explicit Fixture(std::string T)
      : Text(std::move(T)), Spans(scanComments(Text)) {}
  BufferComments comments() const { return BufferComments(Text, Spans); }
  unsigned at(llvm::StringRef Needle) const {
    size_t Pos = Text.find(Needle.str());
    EXPECT_NE(Pos, std::string::npos) << Needle.str();
    return Pos;
  }
  std::string above(llvm::StringRef Needle) const {
    BufferComments C = comments();
    auto Block = C.blockAbove(at(Needle));
    return Block ? C.text(*Block).str() : "<none>";
  }
  std::vector<std::string> onLines(llvm::StringRef From,
                                   llvm::StringRef To) const {
    BufferComments C = comments();
    std::vector<std::string> Out;
    for (CommentBlock B : C.blocksOnLines(at(From), at(To)))
      Out.push_back(C.text(B).str());
    return Out;
  }
};

TEST(CommentAdjacency, LineCommentsDirectlyAbove) {
  Fixture F("void f() {\n"
            "  // ZFN-3 carve-out: a;\n"
            "  // b\n"
            "  auto c = make();\n"
            "}\n");
  EXPECT_EQ(F.above("auto c"), "// ZFN-3 carve-out: a;\n  // b");
}

TEST(CommentAdjacency, BlankLineBreaksAdjacency) {
  Fixture F("// ZFN-3 carve-out: a; b\n"
            "\n"
            "auto c = make();\n");
  EXPECT_EQ(F.above("auto c"), "<none>");
}

TEST(CommentAdjacency, CodeLineBreaksAdjacency) {
  Fixture F("// ZFN-3 carve-out: a; b\n"
            "int x = 0;\n"
            "auto c = make();\n");
  EXPECT_EQ(F.above("auto c"), "<none>");
}

TEST(CommentAdjacency, TrailingCommentOfThePreviousLineIsNotAbove) {
  Fixture F("int x = 0; // ZFN-3 carve-out: a; b\n"
            "auto c = make();\n");
  EXPECT_EQ(F.above("auto c"), "<none>");
  // ...but the comment lines below it still form a block of their own.
  Fixture G("int x = 0; // about x\n"
            "// ZFN-3 carve-out: a; b\n"
            "auto c = make();\n");
  EXPECT_EQ(G.above("auto c"), "// ZFN-3 carve-out: a; b");
}

TEST(CommentAdjacency, BlockCommentAbove) {
  Fixture F("/*\n * ZFN-3 carve-out: a;\n * b\n */\nauto c = make();\n");
  EXPECT_EQ(F.above("auto c"), "/*\n * ZFN-3 carve-out: a;\n * b\n */");
}

TEST(CommentAdjacency, BlockCommentClosingOnTheSiteLine) {
  Fixture F("/* ZFN-3 carve-out: a;\n   b */ auto c = make();\n");
  EXPECT_EQ(F.above("auto c"), "/* ZFN-3 carve-out: a;\n   b */");
}

TEST(CommentAdjacency, CrLfLineEnds) {
  Fixture F("// ZFN-3 carve-out: a;\r\n// b\r\nauto c = make();\r\n");
  EXPECT_EQ(F.above("auto c"), "// ZFN-3 carve-out: a;\r\n// b");
}

TEST(CommentAdjacency, FirstLineOfTheFileHasNothingAbove) {
  Fixture F("auto c = make(); // x\n");
  EXPECT_EQ(F.above("auto c"), "<none>");
}

TEST(CommentAdjacency, TrailingCommentOnAnyLineOfTheStatement) {
  Fixture F("auto c = connect(addr, // ZFN-3 carve-out: a; b\n"
            "                 make());\n"
            "int y = 0; // unrelated\n");
  EXPECT_EQ(F.onLines("auto c", "make());"),
            std::vector<std::string>{"// ZFN-3 carve-out: a; b"});
}

TEST(CommentAdjacency, TrailingCommentContinuesOnFollowingCommentLines) {
  Fixture F("auto c = make(); // ZFN-3 carve-out: a;\n"
            "                 // b continues\n"
            "int y = 0;\n");
  EXPECT_EQ(F.onLines("auto c", "make();"),
            std::vector<std::string>{
                "// ZFN-3 carve-out: a;\n                 // b continues"});
}

TEST(CommentAdjacency, CommentsInsideAMultiLineStatement) {
  Fixture F("auto c = connect(\n"
            "    // ZFN-3 carve-out: a;\n"
            "    // b\n"
            "    make());\n");
  EXPECT_EQ(F.onLines("auto c", "make());"),
            std::vector<std::string>{"// ZFN-3 carve-out: a;\n    // b"});
}

TEST(CommentAdjacency, CommentMarkersInStringsAreNotComments) {
  Fixture F("auto s = \"// ZFN-3 carve-out: a; b\";\nauto c = make();\n");
  EXPECT_EQ(F.above("auto c"), "<none>");
}

TEST(CommentAdjacency, MacroContinuationLines) {
  Fixture F("#define CREDS \\\n"
            "  /* ZFN-3 carve-out: a; b */ \\\n"
            "  make()\n");
  EXPECT_EQ(F.above("make()"), "/* ZFN-3 carve-out: a; b */");
}

TEST(CommentAdjacency, HugeFile) {
  // 200k comments before the site; the site's block is still found exactly.
  std::string Text;
  for (int I = 0; I < 200000; ++I)
    Text += "// filler comment line\nint v" + std::to_string(I) + " = 0;\n";
  Text += "// ZFN-3 carve-out: a; b\nauto c = make();\n";
  Fixture F(Text);
  EXPECT_EQ(F.Spans.size(), 200001u);
  EXPECT_EQ(F.above("auto c"), "// ZFN-3 carve-out: a; b");
  EXPECT_EQ(F.above("int v199999"), "// filler comment line");
}

} // namespace

TEST(CommentAdjacency, AllBlocksAreMaximalRuns) {
  std::string Text = "// one\n"
                     "// one, continued\n"
                     "\n"
                     "int x; // two, trailing\n"
                     "       // two, continued\n"
                     "int y;\n"
                     "/* three */ /* three */\n";
  std::vector<CommentSpan> Spans = scanComments(Text);
  BufferComments C(Text, Spans);
  std::vector<std::string> Blocks;
  for (CommentBlock B : C.allBlocks())
    Blocks.push_back(C.text(B).str());
  ASSERT_EQ(Blocks.size(), 3u);
  EXPECT_EQ(Blocks[0], "// one\n// one, continued");
  EXPECT_EQ(Blocks[1], "// two, trailing\n       // two, continued");
  EXPECT_EQ(Blocks[2], "/* three */ /* three */");
  EXPECT_TRUE(BufferComments("", {}).allBlocks().empty());
}
