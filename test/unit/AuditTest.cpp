//===- AuditTest.cpp - Perimeter counts, the evidence and its comparison --===//
#include "transit/audit/Audit.h"
#include "transit/Reporting.h"
#include "transit/audit/Evidence.h"

#include "llvm/Support/raw_ostream.h"

#include "gtest/gtest.h"

using namespace transit;
using namespace transit::audit;

namespace {

Entry carveOut(llvm::StringRef File, unsigned Line, Status S,
               llvm::StringRef Guarantee) {
  Entry E;
  E.At.File = File.str();
  E.At.Line = Line;
  E.At.Column = 1;
  E.S = S;
  E.Judged = true;
  E.Guarantee = Guarantee.str();
  E.Justification = "why";
  return E;
}

TEST(AuditTest, CountsByPerimeterFoldCaseAndSpacing) {
  Inventory I;
  I.Root = "/repo";
  I.Entries = {carveOut("/repo/a.cpp", 1, Status::Valid, "vpc-core only"),
               carveOut("/repo/b.cpp", 2, Status::Stale, "VPC-core   only"),
               carveOut("/repo/c.yaml", 3, Status::Valid, "vpc-core only"),
               carveOut("/repo/d.tf", 4, Status::External, "partner link")};
  Entry Bad = carveOut("/repo/e.cpp", 5, Status::Malformed, "");
  I.Entries.push_back(Bad);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeTable(I, OS);
  EXPECT_NE(Out.find("by perimeter:\n"
                     "    3  vpc-core only (2 valid, 1 stale)\n"
                     "    1  partner link (1 external)\n"),
            std::string::npos)
      << Out;
}

report::Run runWith(std::vector<report::Finding> Findings,
                    std::vector<report::Finding> Connections) {
  report::Run R;
  R.Root = "/repo";
  R.Findings = std::move(Findings);
  R.Connections = std::move(Connections);
  R.FilesAnalysed = 1;
  return R;
}

report::Finding at(llvm::StringRef File, unsigned Offset, llvm::StringRef Check,
                   llvm::StringRef Message) {
  report::Finding F;
  F.Check = Check.str();
  F.Message = Message.str();
  F.Where.File = File.str();
  F.Where.Offset = Offset;
  F.Where.Line = Offset + 1;
  F.Where.Column = 1;
  return F;
}

TEST(EvidenceTest, ProtectionServiceAndFamilyOfEachSite) {
  report::Finding Carved =
      at("/repo/svc/a/x.cpp", 2, "transit-insecure-grpc", "'grpc::Insecure' x");
  Carved.CarveOut = "pod only; no data";
  report::Run R = runWith(
      {at("/repo/svc/a/x.cpp", 1, "transit-insecure-grpc",
          "'grpc::Insecure' x"),
       Carved, at("/repo/top.c", 3, "transit-weak-tls", "'SSL_x' weak"),
       at("/repo/svc/b/y.c", 4, "transit-unverified-peer", "'curl' off"),
       at("/repo/svc/b/y.c", 5, "transit-carve-out", "stale")},
      {at("/repo/svc/b/y.c", 6, "transit-plaintext-database",
          (EncryptedRemarkPrefix + "'PQconnectdb': sslmode").str()),
       at("/repo/svc/b/y.c", 7, "transit-plaintext-messaging",
          (NotJudgedRemarkPrefix + "'zmq_connect': unknown").str()),
       // The same place as a finding: the finding wins.
       at("/repo/svc/a/x.cpp", 1, "transit-insecure-grpc",
          (EncryptedRemarkPrefix + "'grpc::Ssl': tls").str())});
  report::Sources S;
  Evidence E = evidenceFromRun(R, S, 2);
  ASSERT_EQ(E.Sites.size(), 6u);
  auto Find = [&](unsigned Offset) {
    for (const Connection &C : E.Sites)
      if (C.Where.Offset == Offset)
        return C;
    ADD_FAILURE() << "no site at " << Offset;
    return Connection();
  };
  EXPECT_EQ(Find(1).P, Protection::Plaintext);
  EXPECT_EQ(Find(1).Service, "svc/a");
  EXPECT_EQ(Find(1).Family, "grpc");
  EXPECT_EQ(Find(1).Api, "grpc::Insecure");
  EXPECT_EQ(Find(2).P, Protection::CarvedOut);
  EXPECT_EQ(Find(2).Detail, "carve-out: pod only; no data");
  EXPECT_EQ(Find(3).P, Protection::WeakTls);
  EXPECT_EQ(Find(3).Service, ".");
  EXPECT_EQ(Find(4).P, Protection::Unverified);
  EXPECT_EQ(Find(4).Family, "tls");
  EXPECT_EQ(Find(6).P, Protection::Encrypted);
  EXPECT_EQ(Find(6).Api, "PQconnectdb");
  EXPECT_EQ(Find(6).Detail, "sslmode");
  EXPECT_EQ(Find(7).P, Protection::NotJudged);
  for (const Connection &C : E.Sites)
    EXPECT_EQ(C.Id.size(), 32u);
  // Two sites whose lines read the same (here: files not readable) in one
  // file differ by rank.
  EXPECT_NE(Find(6).Id, Find(7).Id);
}

TEST(EvidenceTest, JsonRoundTripAndComparison) {
  report::Run Old = runWith(
      {at("/repo/s/a.c", 1, "transit-plaintext-database", "'PQconnectdb' p"),
       at("/repo/s/a.c", 2, "transit-insecure-grpc", "'grpc::Insecure' x"),
       at("/repo/s/b.c", 3, "transit-plaintext-http", "'cpr::Url' p")},
      {});
  report::Sources S;
  Evidence Before = evidenceFromRun(Old, S, 1);
  std::string Json;
  llvm::raw_string_ostream OS(Json);
  writeEvidenceJson(Before, nullptr, OS);
  auto Read = readEvidenceJson(Json);
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  ASSERT_EQ(Read->Sites.size(), 3u);
  EXPECT_EQ(Read->Sites[0].Id, Before.Sites[0].Id);
  EXPECT_EQ(Read->Sites[0].Where.File, "s/a.c");

  // Now: the database site became encrypted, the gRPC one is gone, the
  // http one is unchanged, and a new plaintext socket appeared.
  report::Run New =
      runWith({at("/repo/s/b.c", 3, "transit-plaintext-http", "'cpr::Url' p"),
               at("/repo/s/c.c", 4, "transit-plaintext-socket", "'socket' p")},
              {at("/repo/s/a.c", 1, "transit-plaintext-database",
                  (EncryptedRemarkPrefix + "'PQconnectdb': sslmode").str())});
  Evidence After = evidenceFromRun(New, S, 1);
  std::vector<Change> Changes = compare(*Read, After);
  ASSERT_EQ(Changes.size(), 3u);
  EXPECT_EQ(Changes[0].Old->P, Protection::Plaintext);
  EXPECT_EQ(Changes[0].New->P, Protection::Encrypted);
  EXPECT_FALSE(isRegression(Changes[0]));
  EXPECT_EQ(Changes[1].Old, nullptr);
  EXPECT_EQ(Changes[1].New->Check, "transit-plaintext-socket");
  EXPECT_TRUE(isRegression(Changes[1]));
  EXPECT_EQ(Changes[2].New, nullptr);
  EXPECT_EQ(Changes[2].Old->Check, "transit-insecure-grpc");
  EXPECT_FALSE(isRegression(Changes[2]));

  // Encrypted to not judged is no regression; carved out to plaintext is.
  Connection A, B;
  A.P = Protection::Encrypted;
  B.P = Protection::NotJudged;
  EXPECT_FALSE(isRegression({&A, &B}));
  A.P = Protection::CarvedOut;
  B.P = Protection::Plaintext;
  EXPECT_TRUE(isRegression({&A, &B}));
}

TEST(EvidenceTest, RejectsWhatIsNotAnInventory) {
  EXPECT_FALSE(bool(readEvidenceJson("not json")));
  auto Carve = readEvidenceJson(R"({"version": 1, "tool": "transit-audit",
                                     "carveOuts": []})");
  ASSERT_FALSE(bool(Carve));
  EXPECT_NE(llvm::toString(Carve.takeError()).find("\"kind\": \"inventory\""),
            std::string::npos);
  EXPECT_FALSE(bool(readEvidenceJson(
      R"({"version": 1, "kind": "inventory", "sites": [{"id": "x",
          "protection": "sort-of"}]})")));
  EXPECT_FALSE(bool(
      readEvidenceJson(R"({"version": 2, "kind": "inventory", "sites": []})")));
}

} // namespace
