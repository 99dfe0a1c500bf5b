//===- ReportTest.cpp - Diffs, fix plans, fingerprints, paths -------------===//
#include "transit/report/Report.h"
#include "transit/report/Baseline.h"
#include "transit/report/Diff.h"
#include "transit/report/Fixes.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

using namespace transit::report;

namespace {

TEST(DiffTest, ChangedLinesOfAGitDiff) {
  auto C = parseUnifiedDiff("diff --git a/src/a.cpp b/src/a.cpp\n"
                            "index 1..2 100644\n"
                            "--- a/src/a.cpp\n"
                            "+++ b/src/a.cpp\n"
                            "@@ -3,0 +4,2 @@ void f() {\n"
                            "+  one();\n"
                            "+  two();\n"
                            "@@ -10 +12 @@\n"
                            "-old\n"
                            "+new\n"
                            "@@ -20,2 +21,0 @@\n"
                            "-gone\n"
                            "-gone too\n"
                            "diff --git a/gone.h b/gone.h\n"
                            "--- a/gone.h\n"
                            "+++ /dev/null\n"
                            "@@ -1 +0,0 @@\n"
                            "-x\n");
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  EXPECT_FALSE(C->contains("src/a.cpp", 3));
  EXPECT_TRUE(C->contains("src/a.cpp", 4));
  EXPECT_TRUE(C->contains("src/a.cpp", 5));
  EXPECT_FALSE(C->contains("src/a.cpp", 6));
  EXPECT_TRUE(C->contains("src/a.cpp", 12));
  EXPECT_FALSE(C->contains("src/a.cpp", 21)); // only removed there
  EXPECT_FALSE(C->containsFile("gone.h"));
  EXPECT_EQ(C->files(), std::vector<std::string>{"src/a.cpp"});
}

TEST(DiffTest, ContextLinesAreNotChanges) {
  auto C = parseUnifiedDiff("--- x.c\t2024-01-01\n"
                            "+++ x.c\t2024-01-02\n"
                            "@@ -1,3 +1,4 @@\n"
                            " a\n"
                            "+b\n"
                            " c\n"
                            " d\n"
                            "\\ No newline at end of file\n");
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  EXPECT_FALSE(C->contains("x.c", 1));
  EXPECT_TRUE(C->contains("x.c", 2));
  EXPECT_FALSE(C->contains("x.c", 3));
}

TEST(DiffTest, MalformedHunksAreErrors) {
  auto Bad = parseUnifiedDiff("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n");
  EXPECT_FALSE(bool(Bad));
  llvm::consumeError(Bad.takeError());
  auto Header = parseUnifiedDiff("--- a/x\n+++ b/x\n@@ nonsense @@\n");
  EXPECT_FALSE(bool(Header));
  llvm::consumeError(Header.takeError());
}

TEST(DiffTest, WritesWhatItReads) {
  std::string Old, New;
  for (int I = 1; I <= 40; ++I) {
    Old += "line " + std::to_string(I) + "\n";
    New += (I == 5 ? "changed\n" : "line " + std::to_string(I) + "\n");
    if (I == 30)
      New += "inserted\n";
  }
  std::string D = unifiedDiff("a/f", "b/f", Old, New);
  EXPECT_NE(
      D.find("@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+changed\n"),
      std::string::npos)
      << D;
  auto C = parseUnifiedDiff(D);
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  EXPECT_TRUE(C->contains("f", 5));
  EXPECT_TRUE(C->contains("f", 31));
  EXPECT_FALSE(C->contains("f", 30));
  EXPECT_EQ(unifiedDiff("a", "b", Old, Old), "");
  // No final line break: said so, as diff does.
  EXPECT_NE(
      unifiedDiff("a", "b", "x", "y").find("\\ No newline at end of file"),
      std::string::npos);
}

Finding finding(llvm::StringRef Check, std::vector<Edit> Fix) {
  Finding F;
  F.Check = Check.str();
  F.Message = "m";
  F.Where.File = Fix.empty() ? "/f" : Fix.front().File;
  F.Fixes.push_back(std::move(Fix));
  return F;
}

TEST(FixesTest, SharedEditsOnceOverlapsRefused) {
  Sources S;
  Finding A =
      finding("a", {{"/h", 0, 0, "#include \"x.h\"\n"}, {"/h", 10, 4, "good"}});
  Finding B =
      finding("b", {{"/h", 0, 0, "#include \"x.h\"\n"}, {"/h", 20, 2, "ok"}});
  Finding C =
      finding("c", {{"/h", 0, 0, "#include \"y.h\"\n"}}); // another line
  FixPlan Plan = planFixes({&A, &B, &C}, S);
  EXPECT_TRUE(Plan.Conflicts.empty());
  ASSERT_EQ(Plan.Edits["/h"].size(), 4u);
  EXPECT_EQ(Plan.Fixed.size(), 3u);

  Finding D = finding("d", {{"/h", 12, 4, "clash"}}); // inside A's range
  Finding E = finding("e", {{"/h", 11, 0, "in"}});    // insertion inside it
  Finding G = finding("g", {{"/h", 14, 0, "edge"}});  // at its end: fine
  Plan = planFixes({&A, &D, &E, &G}, S);
  EXPECT_EQ(Plan.Conflicts.size(), 2u);
  EXPECT_EQ(Plan.Fixed.size(), 2u);

  Finding H = finding("h", {{"/h", 30, 0, "x("}});
  Finding I = finding("i", {{"/h", 30, 0, "y("}}); // same point, order unknown
  EXPECT_EQ(planFixes({&H, &I}, S).Conflicts.size(), 1u);

  Finding Two = finding("t", {{"/h", 1, 1, "a"}});
  Two.Fixes.push_back({{"/h", 1, 1, "b"}}); // units disagree
  EXPECT_EQ(planFixes({&Two}, S).Conflicts.size(), 1u);

  Finding Broken = finding("u", {{"/h", 40, 1, "z"}});
  Broken.FromUnparsedOnly = true;
  FixPlan P = planFixes({&Broken}, S);
  EXPECT_EQ(P.SkippedUnparsed, 1u);
  EXPECT_TRUE(P.Edits.empty());
  EXPECT_EQ(planFixes({&Broken}, S, /*FixErrors=*/true).Edits.size(), 1u);
}

TEST(FixesTest, NewIncludeBlockGoesAfterTheBlockItFollows) {
  // Two headers inserted after one #include line: the angled one extends its
  // block, the quoted one opens a new block; as clang-tidy -fix orders them.
  Sources S;
  Finding A = finding("a", {{"/h", 25, 0, "\n#include \"y/mesh_server.h\"\n"}});
  Finding B = finding("b", {{"/h", 25, 0, "#include <y/mesh.h>\n"}});
  FixPlan Plan = planFixes({&A, &B}, S);
  EXPECT_TRUE(Plan.Conflicts.empty());
  ASSERT_EQ(Plan.Edits["/h"].size(), 2u);
  EXPECT_EQ(Plan.Edits["/h"][0].Text, "#include <y/mesh.h>\n");
  EXPECT_EQ(Plan.Edits["/h"][1].Text, "\n#include \"y/mesh_server.h\"\n");
}

struct TempDir {
  llvm::SmallString<128> Path;
  TempDir() { llvm::sys::fs::createUniqueDirectory("transit-report", Path); }
  ~TempDir() { llvm::sys::fs::remove_directories(Path); }
  std::string file(llvm::StringRef Name, llvm::StringRef Content) {
    std::string P = (Path + "/" + Name).str();
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    OS << Content;
    return P;
  }
};

std::string read(llvm::StringRef Path) {
  auto B = llvm::MemoryBuffer::getFile(Path);
  return B ? (*B)->getBuffer().str() : "<unreadable>";
}

TEST(FixesTest, AppliesAtomicallyAndKeepsPermissions) {
  TempDir D;
  std::string A = D.file("a.cpp", "int x = 1;\n");
  llvm::sys::fs::setPermissions(A, llvm::sys::fs::perms(0750));
  Sources S;
  Finding F = finding("a", {{A, 8, 1, "2"}});
  FixPlan Plan = planFixes({&F}, S);
  auto New = applyPlan(Plan, S);
  ASSERT_TRUE(bool(New)) << llvm::toString(New.takeError());
  ASSERT_FALSE(bool(writeAtomically(*New)));
  EXPECT_EQ(read(A), "int x = 2;\n");
  EXPECT_EQ(llvm::sys::fs::getPermissions(A).get(), llvm::sys::fs::perms(0750));
  // The file changed since it was read: refused.
  Sources Fresh;
  Finding G = finding("a", {{A, 8, 1, "3"}});
  FixPlan Later = planFixes({&G}, Fresh);
  ASSERT_NE(Fresh.get(A), nullptr);
  D.file("a.cpp", "int y = 2;\n");
  auto Stale = applyPlan(Later, Fresh);
  EXPECT_FALSE(bool(Stale));
  llvm::consumeError(Stale.takeError());
  EXPECT_EQ(read(A), "int y = 2;\n");
}

TEST(BaselineTest, FingerprintsSurviveMovesAndReindenting) {
  TempDir D;
  std::string Before =
      D.file("a.cpp", "void f() {\n  call(1);\n  call(1);\n}\n");
  std::string After = D.file(
      "b.cpp", "// new header\n\nvoid f() {\n    call(1);\n    call(1);\n}\n");
  auto Fingerprints = [&](const std::string &Path, unsigned First,
                          unsigned Second) {
    transit::report::Run R;
    R.Root = std::string(D.Path);
    for (unsigned Offset : {First, Second}) {
      Finding F;
      F.Check = "transit-x";
      F.Message = "m";
      F.Where = {Path, Offset};
      R.Findings.push_back(F);
    }
    Sources S;
    S.resolve(R);
    assignFingerprints(R, S);
    return std::make_pair(R.Findings[0].Fingerprint, R.Findings[1].Fingerprint);
  };
  auto [A1, A2] = Fingerprints(Before, 13, 24);
  EXPECT_NE(A1, A2); // the same line twice: told apart by rank
  EXPECT_EQ(A1.size(), 32u);
  // Lines added above and the calls re-indented: same file, same
  // fingerprints.
  llvm::sys::fs::rename(After, Before);
  auto [C1, C2] = Fingerprints(Before, 30, 43);
  EXPECT_EQ(A1, C1);
  EXPECT_EQ(A2, C2);
}

TEST(ReportTest, PathsLinesAndRules) {
  EXPECT_EQ(displayPath("/repo/src/a.cpp", "/repo"), "src/a.cpp");
  EXPECT_EQ(displayPath("/repo/src/a.cpp", "/repo/"), "src/a.cpp");
  EXPECT_EQ(displayPath("/repository/a.cpp", "/repo"), "/repository/a.cpp");
  SourceText T("ab\r\nc\xc3\xa9z\n");
  EXPECT_EQ(T.line(1), "ab");
  EXPECT_EQ(T.lineColumn(4), std::make_pair(2u, 1u));
  EXPECT_EQ(T.lineColumn(7), std::make_pair(2u, 4u)); // bytes
  EXPECT_EQ(T.codePointColumn(7), 3u);                // code points
  ASSERT_FALSE(rules().empty());
  for (const Rule &R : rules()) {
    EXPECT_TRUE(R.Name.starts_with("transit-")) << R.Name.str();
    EXPECT_TRUE(R.CWE.starts_with("CWE-")) << R.Name.str();
    EXPECT_FALSE(R.Markdown.empty())
        << R.Name.str() << ": docs page not compiled in";
    std::string D = ruleDescription(R);
    EXPECT_EQ(D.find('['), std::string::npos) << D;
    EXPECT_EQ(D.find("Code:"), std::string::npos) << D;
  }
  EXPECT_EQ(ruleFor("transit-weak-tls")->CWE, "CWE-326,CWE-327");
}

} // namespace
