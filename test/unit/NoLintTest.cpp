//===- NoLintTest.cpp - NOLINT directives as clang-tidy reads them --------===//
#include "transit/NoLint.h"

#include "gtest/gtest.h"

using namespace transit;

namespace {

TEST(NoLintTest, Kinds) {
  auto D = findNoLints("a(); // NOLINT\n// NOLINTNEXTLINE(x)\n// NOLINTBEGIN\n"
                       "// NOLINTEND");
  ASSERT_EQ(D.size(), 4u);
  EXPECT_EQ(D[0].K, NoLintDirective::Kind::Line);
  EXPECT_EQ(D[0].Offset, 8u);
  EXPECT_EQ(D[1].K, NoLintDirective::Kind::NextLine);
  EXPECT_EQ(*D[1].Checks, "x");
  EXPECT_EQ(D[2].K, NoLintDirective::Kind::Begin);
  EXPECT_EQ(D[3].K, NoLintDirective::Kind::End);
  EXPECT_EQ(D[1].spelling(), "NOLINTNEXTLINE");
}

TEST(NoLintTest, WhatItCovers) {
  auto Bare = findNoLints("// NOLINT").front();
  EXPECT_TRUE(Bare.covers("transit-insecure-grpc"));
  EXPECT_FALSE(Bare.namesTransitChecks());

  auto Named =
      findNoLints("// NOLINT(bugprone-*, transit-insecure-grpc)").front();
  EXPECT_TRUE(Named.covers("transit-insecure-grpc"));
  EXPECT_FALSE(Named.covers("transit-carve-out"));
  EXPECT_TRUE(Named.namesTransitChecks());

  auto Glob = findNoLints("// NOLINT(transit-*)").front();
  EXPECT_TRUE(Glob.covers("transit-carve-out"));
  EXPECT_TRUE(Glob.namesTransitChecks());

  auto Star = findNoLints("// NOLINT(*)").front();
  EXPECT_TRUE(Star.covers("transit-weak-tls"));
  EXPECT_FALSE(Star.namesTransitChecks());

  auto Other = findNoLints("// NOLINT(readability-*)").front();
  EXPECT_FALSE(Other.covers("transit-weak-tls"));

  // clang-tidy drops negative globs in NOLINT lists.
  auto Negative = findNoLints("// NOLINT(-transit-*)").front();
  EXPECT_FALSE(Negative.covers("transit-weak-tls"));
  EXPECT_FALSE(Negative.namesTransitChecks());

  auto Empty = findNoLints("// NOLINT()").front();
  EXPECT_FALSE(Empty.covers("transit-weak-tls"));
}

TEST(NoLintTest, UnclosedListIsNoList) {
  auto D = findNoLints("// NOLINT(transit-weak-tls\nx();");
  ASSERT_EQ(D.size(), 1u);
  EXPECT_FALSE(D[0].Checks);
}

TEST(NoLintTest, NothingToFind) {
  EXPECT_TRUE(findNoLints("").empty());
  EXPECT_TRUE(findNoLints("// nolint, lowercase, is not a directive").empty());
}

} // namespace

namespace {
// Found by the carve-out fuzzer (test/fuzz): a list of many stars took the
// recursive glob match exponential time (13 s for this input under ASan,
// more than any budget in a 30-star version). The match is linear now.
TEST(NoLintTest, ManyStarsMatchInLinearTime) {
  std::string Stars(40, '*');
  auto D = findNoLints("// NOLINT(" + Stars + "tcket" + Stars + "x)");
  ASSERT_EQ(D.size(), 1u);
  EXPECT_FALSE(D[0].covers("transit-plaintext-socket"));
  auto Hit = findNoLints("// NOLINT(" + Stars + "socket" + Stars + ")");
  EXPECT_TRUE(Hit[0].covers("transit-plaintext-socket"));
  // Star semantics kept: runs of any length, anchors at both ends.
  EXPECT_TRUE(
      findNoLints("// NOLINT(t*-*-s*t)")[0].covers("transit-plaintext-socket"));
  EXPECT_FALSE(findNoLints("// NOLINT(t*-*-s*)")[0].covers("transit-weak-tls"));
  EXPECT_TRUE(findNoLints("// NOLINT(*tls)")[0].covers("transit-weak-tls"));
  EXPECT_FALSE(findNoLints("// NOLINT(*tl)")[0].covers("transit-weak-tls"));
}
} // namespace
