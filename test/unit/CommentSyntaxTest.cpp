//===- CommentSyntaxTest.cpp - Comments of files that are not C++ ---------===//
#include "transit/CommentSyntax.h"
#include "transit/CarveOut.h"

#include "gtest/gtest.h"

using namespace transit;

namespace {

std::vector<std::string> texts(llvm::StringRef File, llvm::StringRef Text) {
  const CommentSyntax *S = commentSyntaxFor(File);
  EXPECT_NE(S, nullptr) << File.str();
  std::vector<std::string> Out;
  if (!S)
    return Out;
  for (const TextComment &C : findComments(Text, *S)) {
    EXPECT_EQ(C.Text.size(), C.End - C.Begin);
    Out.push_back(llvm::StringRef(C.Text).trim().str());
  }
  return Out;
}

TEST(CommentSyntaxTest, TheTableByNameThenExtension) {
  EXPECT_EQ(commentSyntaxFor("deploy/values.yaml")->Name, "YAML");
  EXPECT_EQ(commentSyntaxFor("infra/VPC.TF")->Name, "Terraform / HCL");
  EXPECT_EQ(commentSyntaxFor("svc/Dockerfile")->Name, "Dockerfile");
  EXPECT_EQ(commentSyntaxFor("CMakeLists.txt")->Name, "CMake");
  EXPECT_EQ(commentSyntaxFor("a/BUILD.bazel")->Name, "Python / Starlark");
  EXPECT_EQ(commentSyntaxFor("db/schema.sql")->Name, "SQL");
  EXPECT_EQ(commentSyntaxFor("docs/x.md")->Name, "XML / HTML / Markdown");
  EXPECT_EQ(commentSyntaxFor("notes.txt"), nullptr); // no comments to know
  EXPECT_EQ(commentSyntaxFor("LICENSE"), nullptr);
  EXPECT_EQ(commentSyntaxFor("data.json"), nullptr);
}

TEST(CommentSyntaxTest, HashCommentsAndStrings) {
  auto T = texts("values.yaml", "# ZFN-3 carve-out: the mesh VPC only;\n"
                                "#   sidecar traffic stays in the node\n"
                                "url: \"http://orders#frag\"  # trailing\n"
                                "tag: a#b\n"
                                "# after\n");
  ASSERT_EQ(T.size(), 3u);
  EXPECT_EQ(
      stripCommentSyntax(T[0]),
      "ZFN-3 carve-out: the mesh VPC only; sidecar traffic stays in the node");
  EXPECT_EQ(T[1], "trailing"); // not the '#' in the string, not 'a#b'
  EXPECT_EQ(T[2], "after");    // a trailing comment joins nothing
}

TEST(CommentSyntaxTest, OffsetsPointIntoTheFile) {
  llvm::StringRef File =
      "resource \"x\" {}\n"
      "  // ZFN-3 carve-out: peered VPC vpc-1 only; no PII\n";
  auto Found = findComments(File, *commentSyntaxFor("main.tf"));
  ASSERT_EQ(Found.size(), 1u);
  CarveOut C = parseCarveOut(Found[0].Text);
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(File.substr(Found[0].Begin + C.MarkerOffset).take_front(16),
            "ZFN-3 carve-out:");
  EXPECT_EQ(C.Guarantee, "peered VPC vpc-1 only");
  EXPECT_EQ(C.Justification, "no PII");
}

TEST(CommentSyntaxTest, BlockComments) {
  auto T = texts("a.tf", "/* ZFN-3 carve-out: a; b */ x = 1\n/* open");
  ASSERT_EQ(T.size(), 2u);
  EXPECT_EQ(T[0], "ZFN-3 carve-out: a; b");
  EXPECT_EQ(T[1], "open"); // unterminated: to the end of the file
  auto H =
      texts("index.html",
            "<p>ZFN-3 carve-out: prose</p>\n<!--\n ZFN-3 carve-out: x; y\n-->");
  ASSERT_EQ(H.size(), 1u); // prose in a document is not a comment
  EXPECT_EQ(H[0], "ZFN-3 carve-out: x; y");
}

TEST(CommentSyntaxTest, DashesAndRepeatedLeaders) {
  auto T = texts("q.sql",
                 "SELECT '--not' FROM t; -- real\n--- ZFN-3 carve-out: a; b\n");
  ASSERT_EQ(T.size(), 2u);
  EXPECT_EQ(T[0], "real");
  EXPECT_EQ(T[1], "ZFN-3 carve-out: a; b");
}

TEST(CommentSyntaxTest, TheGrammarIsTheChecksGrammar) {
  // A near miss in a shell script is malformed there too.
  auto Found = findComments("# zfn3 carve out: lan only; test rig\n",
                            *commentSyntaxFor("run.sh"));
  ASSERT_EQ(Found.size(), 1u);
  CarveOut C = parseCarveOut(Found[0].Text);
  EXPECT_TRUE(C.isMalformed());
  EXPECT_EQ(C.Problem, CarveOutProblem::MisspelledMarker);
}

} // namespace
