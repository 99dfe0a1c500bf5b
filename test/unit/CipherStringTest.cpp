//===- CipherStringTest.cpp - OpenSSL cipher-list evaluation --------------===//
#include "transit/CipherString.h"

#include "gtest/gtest.h"
#include <algorithm>

using namespace transit;

namespace {

std::vector<CipherWeakness> kinds(llvm::StringRef List) {
  std::vector<CipherWeakness> Kinds;
  for (const WeakCiphers &W : evaluateCipherList(List).Weak)
    Kinds.push_back(W.Kind);
  return Kinds;
}

bool enables(llvm::StringRef List, llvm::StringRef Suite) {
  auto Enabled = evaluateCipherList(List).Enabled;
  return std::find(Enabled.begin(), Enabled.end(), Suite.str()) !=
         Enabled.end();
}

using K = CipherWeakness;

TEST(CipherStringTest, ModernListsAreStrong) {
  EXPECT_TRUE(kinds("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                    "ECDHE-ECDSA-CHACHA20-POLY1305:DHE-RSA-AES256-GCM-SHA384")
                  .empty());
  EXPECT_TRUE(kinds("ECDHE+AESGCM:EDH+AESGCM").empty());
  EXPECT_TRUE(kinds("EECDH+AESGCM:EDH+AESGCM:!aNULL").empty());
  EXPECT_FALSE(evaluateCipherList("ECDHE+AESGCM").Enabled.empty());
}

TEST(CipherStringTest, HighStillHasRsaKeyExchange) {
  // The most common list in real code: strong ciphers, no forward secrecy.
  EXPECT_EQ(kinds("HIGH:!aNULL:!MD5"), std::vector<K>{K::NoForwardSecrecy});
  EXPECT_TRUE(enables("HIGH:!aNULL:!MD5", "AES256-GCM-SHA384"));
  EXPECT_TRUE(kinds("HIGH:!aNULL:!kRSA:!PSK:!SRP").empty());
}

TEST(CipherStringTest, AllIncludesAnonymousButNotNull) {
  auto Kinds = kinds("ALL");
  EXPECT_EQ(std::count(Kinds.begin(), Kinds.end(), K::NoEncryption), 0);
  EXPECT_EQ(std::count(Kinds.begin(), Kinds.end(), K::NoAuthentication), 1);
  EXPECT_TRUE(enables("ALL:eNULL", "NULL-SHA"));
  EXPECT_EQ(kinds("eNULL").front(), K::NoEncryption);
}

TEST(CipherStringTest, KillIsForGoodRemoveIsNot) {
  EXPECT_FALSE(enables("ALL:!RC4:RC4", "RC4-SHA"));
  EXPECT_TRUE(enables("ALL:-RC4:RC4", "RC4-SHA"));
  EXPECT_FALSE(enables("ALL:-RC4", "RC4-SHA"));
}

TEST(CipherStringTest, PlusMovesToTheEnd) {
  auto Enabled =
      evaluateCipherList("AES128-SHA:ECDHE-RSA-AES128-SHA:+kRSA").Enabled;
  ASSERT_EQ(Enabled.size(), 2u);
  EXPECT_EQ(Enabled[0], "ECDHE-RSA-AES128-SHA");
  EXPECT_EQ(Enabled[1], "AES128-SHA");
}

TEST(CipherStringTest, LegacyKinds) {
  EXPECT_EQ(kinds("RC4-MD5"),
            (std::vector<K>{K::Rc4, K::Md5, K::NoForwardSecrecy}));
  EXPECT_EQ(kinds("EXP-DES-CBC-SHA"),
            (std::vector<K>{K::Export, K::Des, K::NoForwardSecrecy}));
  EXPECT_EQ(kinds("ECDHE-RSA-DES-CBC3-SHA"), std::vector<K>{K::TripleDes});
  EXPECT_EQ(kinds("ADH-AES128-SHA"), std::vector<K>{K::NoAuthentication});
  EXPECT_EQ(kinds("PSK-AES128-GCM-SHA256"),
            std::vector<K>{K::NoForwardSecrecy});
  EXPECT_TRUE(kinds("ECDHE-PSK-CHACHA20-POLY1305").empty());
  EXPECT_TRUE(kinds("MEDIUM").size() >= 2); // RC4, 3DES, ...
}

TEST(CipherStringTest, SeparatorsAndCommands) {
  EXPECT_TRUE(kinds("ECDHE+AESGCM, EDH+AESGCM;@STRENGTH @SECLEVEL=2").empty());
  EXPECT_TRUE(evaluateCipherList("").Enabled.empty());
  EXPECT_TRUE(evaluateCipherList(":::").Enabled.empty());
  EXPECT_TRUE(evaluateCipherList("+").Enabled.empty());
}

TEST(CipherStringTest, UnknownNamesAreRecorded) {
  auto V = evaluateCipherList("FOO-BAR:ECDHE+AESGCM");
  ASSERT_EQ(V.Unknown.size(), 1u);
  EXPECT_EQ(V.Unknown[0], "FOO-BAR");
  EXPECT_FALSE(V.Enabled.empty());
}

TEST(CipherStringTest, Strengthen) {
  EXPECT_EQ(strengthenCipherList("HIGH:!aNULL:!MD5"),
            "HIGH:!aNULL:!MD5:!kRSA:!kPSK:!kRSAPSK");
  EXPECT_EQ(strengthenCipherList("ALL:"),
            "ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES:!MD5:!kRSA:!kPSK:!kRSAPSK");
  // Nothing weak: nothing to do.
  EXPECT_EQ(strengthenCipherList("ECDHE+AESGCM"), "");
  // Nothing left afterwards: no fix.
  EXPECT_EQ(strengthenCipherList("AES128-SHA"), "");
  EXPECT_EQ(strengthenCipherList("RC4-MD5"), "");
  // A name the table does not know might be what is left: no fix.
  EXPECT_EQ(strengthenCipherList("RC4-SHA:SOME-NEW-SUITE"), "");
  for (const char *List : {"HIGH:!aNULL:!MD5", "ALL", "DEFAULT",
                           "ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH"}) {
    std::string Fixed = strengthenCipherList(List);
    ASSERT_FALSE(Fixed.empty()) << List;
    EXPECT_TRUE(kinds(Fixed).empty()) << Fixed;
  }
}

} // namespace
