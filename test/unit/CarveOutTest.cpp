// Unit tests of the carve-out grammar (docs/carve-out-grammar.md).
#include "transit/CarveOut.h"

#include <gtest/gtest.h>

using transit::CarveOut;
using transit::CarveOutProblem;
using transit::parseCarveOut;

namespace {

CarveOutProblem problemOf(llvm::StringRef Text) {
  CarveOut C = parseCarveOut(Text);
  EXPECT_TRUE(C.isMalformed()) << Text.str();
  return C.Problem;
}

TEST(CarveOutGrammar, LineComment) {
  CarveOut C = parseCarveOut("// ZFN-3 carve-out: loopback only; metrics are "
                             "public counters");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Guarantee, "loopback only");
  EXPECT_EQ(C.Justification, "metrics are public counters");
  EXPECT_EQ(C.MarkerOffset, 3u);
}

TEST(CarveOutGrammar, JustificationContinuesOverLines) {
  CarveOut C = parseCarveOut(
      "// ZFN-3 carve-out: loopback only — both processes run in one pod;\n"
      "//   the connection cannot leave the pod's network namespace.\r\n"
      "//   Payload: rate-limit counters, no PII.");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Guarantee, "loopback only — both processes run in one pod");
  EXPECT_EQ(C.Justification,
            "the connection cannot leave the pod's network namespace. "
            "Payload: rate-limit counters, no PII.");
}

TEST(CarveOutGrammar, GuaranteeMayContinueOverLines) {
  CarveOut C = parseCarveOut("// ZFN-3 carve-out: traffic stays inside the\n"
                             "// prod-us-east VPC; payload is public.");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Guarantee, "traffic stays inside the prod-us-east VPC");
}

TEST(CarveOutGrammar, BlockComments) {
  CarveOut C = parseCarveOut("/* ZFN-3 carve-out: same host; test fixture */");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Justification, "test fixture");

  C = parseCarveOut("/*\n"
                    " * ZFN-3 carve-out: unix socket in the pod;\n"
                    " * no network path exists.\n"
                    " */");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Guarantee, "unix socket in the pod");
  EXPECT_EQ(C.Justification, "no network path exists.");

  C = parseCarveOut("/** ZFN-3 carve-out: a; b **/");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Justification, "b");
}

TEST(CarveOutGrammar, SeveralCommentsOnOneLine) {
  CarveOut C =
      parseCarveOut("/* ZFN-3 carve-out: loopback; */ /* counters only */");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Justification, "counters only");
}

TEST(CarveOutGrammar, MacroContinuationBackslashes) {
  CarveOut C = parseCarveOut("/* ZFN-3 carve-out: loopback; */ \\\n"
                             "  /* test fixture */ \\");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Justification, "test fixture");
}

TEST(CarveOutGrammar, DocCommentMarkers) {
  EXPECT_TRUE(parseCarveOut("/// ZFN-3 carve-out: a; b").isWellFormed());
  EXPECT_TRUE(parseCarveOut("//! ZFN-3 carve-out: a; b").isWellFormed());
  EXPECT_TRUE(parseCarveOut("///< ZFN-3 carve-out: a; b").isWellFormed());
}

TEST(CarveOutGrammar, MarkerAfterOtherText) {
  CarveOut C = parseCarveOut("// Connect to the sidecar.\n"
                             "// ZFN-3 carve-out: loopback; counters only");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Guarantee, "loopback");
}

TEST(CarveOutGrammar, Utf8) {
  CarveOut C = parseCarveOut("// ZFN-3 carve-out: Rechenzentrum München "
                             "intern; Zähler ohne personenbezogene Daten …");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Guarantee, "Rechenzentrum München intern");
  EXPECT_EQ(C.Justification, "Zähler ohne personenbezogene Daten …");
}

TEST(CarveOutGrammar, AbsentWhenNothingLooksLikeACarveOut) {
  EXPECT_EQ(parseCarveOut("// Connect to the backend.").K,
            CarveOut::Kind::Absent);
  EXPECT_EQ(parseCarveOut("/* ZFN-2 says security first */").K,
            CarveOut::Kind::Absent);
  EXPECT_EQ(parseCarveOut("// carve-out the crust").K, CarveOut::Kind::Absent);
  EXPECT_EQ(parseCarveOut("").K, CarveOut::Kind::Absent);
}

TEST(CarveOutGrammar, NearMissesOfTheMarker) {
  for (llvm::StringRef Text : {
           "// zfn-3 carve-out: a; b",
           "// ZFN-3 Carve-Out: a; b",
           "// ZFN3 carve-out: a; b",
           "// ZFN 3 carve-out: a; b",
           "// ZFN-3 carveout: a; b",
           "// ZFN-3 carve out: a; b",
           "// ZFN-3 carve-out a; b",
           "// ZFN-3  carve-out: a; b",
           "// ZFN-3 carve-out : a; b",
           "// ZFN-3 carve-outs: a; b",
           "// ZFN-3 carve_out: a; b",
           "/* ZFN-3 CARVE-OUT - a; b */",
       }) {
    CarveOut C = parseCarveOut(Text);
    ASSERT_TRUE(C.isMalformed()) << Text.str();
    EXPECT_EQ(C.Problem, CarveOutProblem::MisspelledMarker) << Text.str();
    EXPECT_EQ(C.MarkerOffset, 3u) << Text.str();
  }
  CarveOut C = parseCarveOut("// ZFN3 carve-out: a; b");
  EXPECT_EQ(C.WrittenMarker, "ZFN3 carve-out:");
  EXPECT_EQ(C.describeProblem(),
            "the marker must be written exactly 'ZFN-3 carve-out:', found "
            "'ZFN3 carve-out:'");
}

TEST(CarveOutGrammar, MissingParts) {
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback only"),
            CarveOutProblem::MissingSeparator);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback only, counters"),
            CarveOutProblem::MissingSeparator);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out:"), CarveOutProblem::EmptyGuarantee);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out:   \n//   "),
            CarveOutProblem::EmptyGuarantee);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: ; counters only"),
            CarveOutProblem::EmptyGuarantee);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback;"),
            CarveOutProblem::EmptyJustification);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback;   \n//"),
            CarveOutProblem::EmptyJustification);
  EXPECT_EQ(problemOf("/* ZFN-3 carve-out: loopback; */"),
            CarveOutProblem::EmptyJustification);
}

TEST(CarveOutGrammar, Placeholders) {
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: <network-perimeter guarantee>; "
                      "<threat-model justification>"),
            CarveOutProblem::PlaceholderGuarantee);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback; <why>"),
            CarveOutProblem::PlaceholderJustification);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: TODO; counters"),
            CarveOutProblem::PlaceholderGuarantee);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback; TBD"),
            CarveOutProblem::PlaceholderJustification);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback; todo: write this"),
            CarveOutProblem::PlaceholderJustification);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: ...; counters"),
            CarveOutProblem::PlaceholderGuarantee);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback; …"),
            CarveOutProblem::PlaceholderJustification);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: N/A; counters"),
            CarveOutProblem::PlaceholderGuarantee);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: loopback; FIXME."),
            CarveOutProblem::PlaceholderJustification);
  EXPECT_EQ(problemOf("// ZFN-3 carve-out: ?; counters"),
            CarveOutProblem::PlaceholderGuarantee);
  // A word that merely contains a placeholder is not one.
  EXPECT_TRUE(parseCarveOut("// ZFN-3 carve-out: loopback; todos are public")
                  .isWellFormed());
  EXPECT_TRUE(parseCarveOut("// ZFN-3 carve-out: NA-east VPC only; counters")
                  .isWellFormed());
}

TEST(CarveOutGrammar, CustomMarker) {
  EXPECT_TRUE(parseCarveOut("// SEC-12 exemption: loopback; counters",
                            "SEC-12 exemption:")
                  .isWellFormed());
  EXPECT_EQ(parseCarveOut("// ZFN-3 carve-out: loopback; counters",
                          "SEC-12 exemption:")
                .K,
            CarveOut::Kind::Absent);
  CarveOut C = parseCarveOut("// sec12 exemption: a; b", "SEC-12 exemption:");
  EXPECT_EQ(C.Problem, CarveOutProblem::MisspelledMarker);
  EXPECT_EQ(C.describeProblem("SEC-12 exemption:"),
            "the marker must be written exactly 'SEC-12 exemption:', found "
            "'sec12 exemption:'");
  EXPECT_EQ(parseCarveOut("// a; b", "::").K, CarveOut::Kind::Absent);
  EXPECT_FALSE(transit::isValidMarker(":"));
  EXPECT_TRUE(transit::isValidMarker("ZFN-3 carve-out:"));
}

TEST(CarveOutGrammar, FirstSemicolonSplits) {
  CarveOut C = parseCarveOut("// ZFN-3 carve-out: a; b; c");
  ASSERT_TRUE(C.isWellFormed());
  EXPECT_EQ(C.Guarantee, "a");
  EXPECT_EQ(C.Justification, "b; c");
}

TEST(CarveOutGrammar, StripCommentSyntax) {
  EXPECT_EQ(transit::stripCommentSyntax("//  a\n//\tb  \n"), "a b");
  EXPECT_EQ(transit::stripCommentSyntax("/* a\n *  b\n */"), "a b");
  EXPECT_EQ(transit::stripCommentSyntax("// see http://example.com/x"),
            "see http://example.com/x");
}

} // namespace
