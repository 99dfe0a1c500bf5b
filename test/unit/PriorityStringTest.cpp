//===- PriorityStringTest.cpp - GnuTLS priority strings -------------------===//
#include "transit/PriorityString.h"

#include "gtest/gtest.h"

using namespace transit;

namespace {

std::vector<std::string> weak(llvm::StringRef S) {
  std::vector<std::string> Names;
  for (const PriorityElement &E : evaluatePriorityString(S).Weak)
    Names.push_back(E.Name);
  return Names;
}

using Names = std::vector<std::string>;

TEST(PriorityStringTest, KeywordsAloneAreTheLibrarysPolicy) {
  EXPECT_TRUE(weak("NORMAL").empty());
  EXPECT_TRUE(weak("SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.3").empty());
  EXPECT_TRUE(weak("@SYSTEM").empty());
  EXPECT_TRUE(weak("").empty());
  EXPECT_TRUE(evaluatePriorityString("NORMAL").ModernRemains);
  EXPECT_TRUE(evaluatePriorityString("@SYSTEM:+VERS-TLS1.2").ModernRemains);
}

TEST(PriorityStringTest, ExplicitOldVersionsAndAlgorithms) {
  EXPECT_EQ(weak("NORMAL:+VERS-TLS1.0"), Names{"VERS-TLS1.0"});
  EXPECT_EQ(weak("NORMAL:+vers-tls1.1:+ARCFOUR-128:+3DES-CBC"),
            (Names{"vers-tls1.1", "ARCFOUR-128", "3DES-CBC"}));
  EXPECT_EQ(weak("NORMAL:+ANON-ECDH:+ANON-DH"),
            (Names{"ANON-ECDH", "ANON-DH"}));
  PriorityVerdict V = evaluatePriorityString("NORMAL:%COMPAT:+VERS-SSL3.0");
  ASSERT_EQ(V.Weak.size(), 1u);
  EXPECT_EQ(V.Weak[0].What, "SSL 3.0");
  EXPECT_TRUE(V.Weak[0].Version);
  EXPECT_EQ(V.Weak[0].Offset, std::string("NORMAL:%COMPAT:").size());
}

TEST(PriorityStringTest, LaterRemovalsWin) {
  EXPECT_TRUE(weak("NORMAL:+VERS-TLS1.0:-VERS-TLS1.0").empty());
  EXPECT_TRUE(weak("NORMAL:+VERS-TLS1.1:!VERS-TLS1.1").empty());
  EXPECT_TRUE(weak("NORMAL:+VERS-TLS1.0:-VERS-ALL:+VERS-TLS1.2").empty());
  EXPECT_EQ(weak("NORMAL:-VERS-ALL:+VERS-TLS1.0"), Names{"VERS-TLS1.0"});
  EXPECT_EQ(weak("NORMAL:-VERS-TLS1.0:+VERS-TLS1.0"), Names{"VERS-TLS1.0"});
}

TEST(PriorityStringTest, WhetherAModernVersionRemains) {
  // Turning the weak version off would leave nothing to negotiate.
  EXPECT_FALSE(
      evaluatePriorityString("NONE:+VERS-TLS1.0:+AES-128-CBC:+RSA:+SHA1")
          .ModernRemains);
  EXPECT_FALSE(
      evaluatePriorityString("NORMAL:-VERS-ALL:+VERS-TLS1.1").ModernRemains);
  EXPECT_TRUE(
      evaluatePriorityString("NONE:+VERS-TLS1.2:+VERS-TLS1.0").ModernRemains);
  EXPECT_FALSE(evaluatePriorityString("NORMAL:-VERS-TLS1.2:-VERS-TLS1.3:-VERS-"
                                      "DTLS1.2:+VERS-TLS1.0")
                   .ModernRemains);
  // Elements are trimmed, and a stray `+` is nothing.
  EXPECT_EQ(weak("NORMAL: +VERS-TLS1.0 :+"), Names{"VERS-TLS1.0"});
}

} // namespace
