// Unit tests of the URL and libpq connection-string parsers.
#include "transit/ConnectionString.h"

#include <gtest/gtest.h>

using namespace transit;

namespace {

TEST(Url, Basic) {
  auto U =
      parseUrl("HTTP://user:pa%40ss@example.com:8080/a%20b?x=1&y=two#frag");
  ASSERT_TRUE(U);
  EXPECT_EQ(U->Scheme, "http");
  EXPECT_EQ(U->UserInfo, "user:pa@ss");
  ASSERT_EQ(U->Hosts.size(), 1u);
  EXPECT_EQ(U->Hosts[0].Host, "example.com");
  EXPECT_EQ(U->Hosts[0].Port, "8080");
  EXPECT_EQ(U->Path, "a b");
  ASSERT_EQ(U->Query.size(), 2u);
  EXPECT_EQ(U->param("y")->Value, "two");
  EXPECT_EQ(U->End, llvm::StringRef(
                        "HTTP://user:pa%40ss@example.com:8080/a%20b?x=1&y=two")
                        .size());
}

TEST(Url, SeveralHostsAndIPv6) {
  auto U = parseUrl("mongodb://a:1,[::1]:27017,c/db?replicaSet=rs0");
  ASSERT_TRUE(U);
  ASSERT_EQ(U->Hosts.size(), 3u);
  EXPECT_EQ(U->Hosts[0].Host, "a");
  EXPECT_EQ(U->Hosts[1].Host, "::1");
  EXPECT_EQ(U->Hosts[1].Port, "27017");
  EXPECT_EQ(U->Hosts[2].Port, "");
  EXPECT_EQ(U->Path, "db");
}

TEST(Url, NotUrls) {
  EXPECT_FALSE(parseUrl("host=localhost dbname=x"));
  EXPECT_FALSE(parseUrl("://x"));
  EXPECT_FALSE(parseUrl("1http://x"));
  EXPECT_FALSE(parseUrl("http://[::1/x"));
  EXPECT_FALSE(parseUrl("http://x/%zz"));
  EXPECT_FALSE(parseUrl("http://x/%4"));
}

TEST(Url, AddQueryParam) {
  auto Add = [](llvm::StringRef T, bool Slash = false) {
    auto U = parseUrl(T);
    EXPECT_TRUE(U) << T.str();
    return applyEdit(T, addQueryParam(T, *U, "tls", "true", Slash));
  };
  EXPECT_EQ(Add("mongodb://h/db"), "mongodb://h/db?tls=true");
  EXPECT_EQ(Add("mongodb://h/db?a=b"), "mongodb://h/db?a=b&tls=true");
  EXPECT_EQ(Add("mongodb://h/db?"), "mongodb://h/db?tls=true");
  EXPECT_EQ(Add("mongodb://h/db?a=b&"), "mongodb://h/db?a=b&tls=true");
  EXPECT_EQ(Add("mongodb://h", true), "mongodb://h/?tls=true");
  EXPECT_EQ(Add("mongodb://h/", true), "mongodb://h/?tls=true");
  EXPECT_EQ(Add("mongodb://h/db#x"), "mongodb://h/db?tls=true#x");
  // Found by the fuzzer: a '?' inside the query is not the query's start.
  EXPECT_EQ(Add("pl://app:??"), "pl://app:??&tls=true");
}

TEST(Url, Lists) {
  auto Urls = parseUrlList("nats://a:4222, tls://b:4222,,nats://c");
  ASSERT_EQ(Urls.size(), 3u);
  EXPECT_EQ(Urls[1].Offset, 15u);
  EXPECT_EQ(Urls[1].Parsed.Scheme, "tls");
  std::string List = "nats://a:4222, tls://b:4222,,NATS://c";
  std::vector<TextEdit> Edits = replaceScheme(List, "nats", "tls");
  ASSERT_EQ(Edits.size(), 2u);
  for (auto It = Edits.rbegin(); It != Edits.rend(); ++It)
    List = applyEdit(List, *It);
  EXPECT_EQ(List, "tls://a:4222, tls://b:4222,,tls://c");
}

TEST(PgConnInfo, KeywordValue) {
  auto I = parsePgConnInfo("host=db.internal port=5432  dbname = orders "
                           "password='it''s' user=a\\ b");
  // libpq: '' inside quotes is not an escape; the quote ends the value.
  EXPECT_FALSE(I);
  I = parsePgConnInfo("host=db.internal port=5432  dbname = orders "
                      "password='it\\'s x' user=a\\ b");
  ASSERT_TRUE(I);
  EXPECT_FALSE(I->IsUri);
  EXPECT_EQ(I->param("dbname")->Value, "orders");
  EXPECT_EQ(I->param("password")->Value, "it's x");
  EXPECT_EQ(I->param("user")->Value, "a b");
  ASSERT_EQ(I->Hosts.size(), 1u);
  EXPECT_EQ(I->Hosts[0].Host, "db.internal");
  EXPECT_EQ(pgSslMode(*I), PgSslMode::Unspecified);
}

TEST(PgConnInfo, Malformed) {
  EXPECT_FALSE(parsePgConnInfo("orders"));             // no '='
  EXPECT_FALSE(parsePgConnInfo("password='open"));     // unterminated
  EXPECT_FALSE(parsePgConnInfo("=x"));                 // no keyword
  EXPECT_FALSE(parsePgConnInfo("postgresql://h/%zz")); // bad escape
  EXPECT_TRUE(parsePgConnInfo(""));                    // all defaults
}

TEST(PgConnInfo, SslModes) {
  auto Mode = [](llvm::StringRef T) {
    auto I = parsePgConnInfo(T);
    EXPECT_TRUE(I) << T.str();
    return I ? pgSslMode(*I) : PgSslMode::Invalid;
  };
  EXPECT_EQ(Mode("host=h sslmode=disable"), PgSslMode::Disable);
  EXPECT_EQ(Mode("host=h sslmode=allow"), PgSslMode::Allow);
  EXPECT_EQ(Mode("host=h sslmode=prefer"), PgSslMode::Prefer);
  EXPECT_EQ(Mode("host=h sslmode=require"), PgSslMode::Require);
  EXPECT_EQ(Mode("host=h sslmode='verify-ca'"), PgSslMode::VerifyCa);
  EXPECT_EQ(Mode("host=h sslmode=verify-full"), PgSslMode::VerifyFull);
  EXPECT_EQ(Mode("host=h sslmode=Require"), PgSslMode::Invalid);
  EXPECT_EQ(Mode("host=h sslmode=require sslmode=disable"), PgSslMode::Disable);
  EXPECT_EQ(Mode("host=h requiressl=1"), PgSslMode::Require);
  EXPECT_EQ(Mode("postgresql://h/db?ssl=true"), PgSslMode::Require);
  EXPECT_EQ(Mode("postgres://h/db?sslmode=prefer"), PgSslMode::Prefer);
  EXPECT_EQ(Mode("postgresql://h/db?sslmode=verify%2Dfull"),
            PgSslMode::VerifyFull);
  EXPECT_TRUE(isPlaintextCapable(PgSslMode::Unspecified));
  EXPECT_TRUE(isPlaintextCapable(PgSslMode::Prefer));
  EXPECT_FALSE(isPlaintextCapable(PgSslMode::Require));
  EXPECT_FALSE(isPlaintextCapable(PgSslMode::Invalid));
}

TEST(PgConnInfo, Uri) {
  auto I = parsePgConnInfo(
      "postgresql://app:s%3Acret@db1:5432,db2:5433/orders?connect_timeout=5");
  ASSERT_TRUE(I);
  EXPECT_TRUE(I->IsUri);
  ASSERT_EQ(I->Hosts.size(), 2u);
  EXPECT_EQ(I->Hosts[1].Host, "db2");
  EXPECT_EQ(I->Hosts[1].Port, "5433");
  EXPECT_EQ(I->Uri->Path, "orders");
  EXPECT_EQ(I->Uri->UserInfo, "app:s:cret");
  I = parsePgConnInfo("postgresql:///orders?host=%2Fvar%2Frun%2Fpostgresql");
  ASSERT_TRUE(I);
  EXPECT_TRUE(pgUsesOnlyUnixSockets(*I));
}

TEST(PgConnInfo, UnixSockets) {
  auto Only = [](llvm::StringRef T) {
    return pgUsesOnlyUnixSockets(*parsePgConnInfo(T));
  };
  EXPECT_TRUE(Only("host=/var/run/postgresql dbname=x"));
  EXPECT_TRUE(Only("postgresql://%2Fvar%2Frun%2Fpostgresql/x"));
  EXPECT_FALSE(Only("host=/var/run/postgresql,db.internal"));
  EXPECT_FALSE(Only("host=/tmp hostaddr=10.0.0.1"));
  EXPECT_FALSE(Only("dbname=x")); // no host: PGHOST may name a TCP host
}

TEST(PgConnInfo, RequireVerifyFullFix) {
  auto Fix = [](llvm::StringRef T) {
    auto I = parsePgConnInfo(T);
    EXPECT_TRUE(I) << T.str();
    auto Edit = pgRequireVerifyFull(T, *I);
    return Edit ? applyEdit(T, *Edit) : std::string("<no fix>");
  };
  EXPECT_EQ(Fix("host=h dbname=x"), "host=h dbname=x sslmode=verify-full");
  EXPECT_EQ(Fix("host=h dbname=x "), "host=h dbname=x sslmode=verify-full");
  EXPECT_EQ(Fix(""), "sslmode=verify-full");
  EXPECT_EQ(Fix("host=h sslmode=prefer dbname=x"),
            "host=h sslmode=verify-full dbname=x");
  EXPECT_EQ(Fix("host=h sslmode = 'disable'"), "host=h sslmode = verify-full");
  EXPECT_EQ(Fix("postgresql://h/db"), "postgresql://h/db?sslmode=verify-full");
  EXPECT_EQ(Fix("postgresql://h"), "postgresql://h?sslmode=verify-full");
  EXPECT_EQ(Fix("postgresql://h/db?connect_timeout=5"),
            "postgresql://h/db?connect_timeout=5&sslmode=verify-full");
  EXPECT_EQ(Fix("postgresql://h/db?sslmode=allow&x=1"),
            "postgresql://h/db?sslmode=verify-full&x=1");
  // The appended parameter would be swallowed by the escape.
  EXPECT_EQ(Fix("host=h\\"), "<no fix>");
}

} // namespace

TEST(GrpcTargetTest, Hosts) {
  EXPECT_EQ(grpcTargetHost("orders.internal:50051"), "orders.internal");
  EXPECT_EQ(grpcTargetHost("dns:///api.example.com:443"), "api.example.com");
  EXPECT_EQ(grpcTargetHost("dns://8.8.8.8/api.example.com:443"),
            "api.example.com");
  EXPECT_EQ(grpcTargetHost("dns:orders:50051"), "orders");
  EXPECT_EQ(grpcTargetHost("ipv4:10.0.0.1:50051,10.0.0.2:50051"), "10.0.0.1");
  EXPECT_EQ(grpcTargetHost("ipv6:[::1]:50051"), "::1");
  EXPECT_EQ(grpcTargetHost("[2001:db8::1]:443"), "2001:db8::1");
  EXPECT_EQ(grpcTargetHost("xds:///orders"), "orders");
  EXPECT_EQ(grpcTargetHost("localhost"), "localhost");
  EXPECT_EQ(grpcTargetHost("unix:/run/agent.sock"), "");
  EXPECT_EQ(grpcTargetHost("unix-abstract:agent"), "");
  EXPECT_EQ(grpcTargetHost(""), "");
}

//===--- ODBC -------------------------------------------------------------===//

TEST(OdbcConnStringTest, AttributesBracesAndOffsets) {
  llvm::StringRef Text =
      "Driver={ODBC Driver 18 for SQL Server};Server=tcp:db.internal,1433; "
      "Encrypt = no ;PWD={se;cr}}et}";
  auto S = parseOdbcConnString(Text);
  ASSERT_TRUE(S);
  ASSERT_EQ(S->Params.size(), 4u);
  EXPECT_EQ(S->param("driver")->Value, "ODBC Driver 18 for SQL Server");
  EXPECT_EQ(S->param("SERVER")->Value, "tcp:db.internal,1433");
  const ConnParam *Encrypt = S->param("encrypt");
  ASSERT_TRUE(Encrypt);
  EXPECT_EQ(Encrypt->Value, "no");
  EXPECT_EQ(Text.substr(Encrypt->ValueOffset, Encrypt->ValueLength), "no");
  EXPECT_EQ(S->param("pwd")->Value, "se;cr}et");
  // A later attribute overrides.
  EXPECT_EQ(
      parseOdbcConnString("Encrypt=no;Encrypt=yes")->param("ENCRYPT")->Value,
      "yes");
}

TEST(OdbcConnStringTest, RejectsWhatIsNotOne) {
  EXPECT_FALSE(parseOdbcConnString(""));
  EXPECT_FALSE(parseOdbcConnString("orders"));
  EXPECT_FALSE(parseOdbcConnString("PWD={unclosed;Encrypt=no"));
  EXPECT_TRUE(parseOdbcConnString("DSN=orders;"));
  EXPECT_TRUE(parseOdbcConnString(";;DSN=orders;;"));
}

TEST(OdbcConnStringTest, WhatEachDriverSaysAboutTls) {
  auto Tls = [](llvm::StringRef Text) {
    return odbcTls(*parseOdbcConnString(Text));
  };
  OdbcTls Off = Tls("Server=db;Encrypt=Optional");
  ASSERT_TRUE(Off.Off);
  EXPECT_EQ(Off.On, "yes");
  EXPECT_FALSE(Off.Required);
  EXPECT_TRUE(Tls("Server=db;Encrypt=yes").Required);
  EXPECT_FALSE(Tls("Server=db").Off);
  EXPECT_FALSE(Tls("Server=db").Required); // the driver's default: not judged
  EXPECT_EQ(Tls("Servername=db;SSLMode=disable").On, "verify-full");
  EXPECT_EQ(Tls("SERVER=db;SSLMODE=DISABLED").On, "VERIFY_IDENTITY");
  EXPECT_TRUE(Tls("SERVER=db;SSLMODE=VERIFY_IDENTITY").Required);
  EXPECT_EQ(Tls("Server=db;Encryption=off").On, "require");
  OdbcTls Trusting = Tls("Server=db;Encrypt=yes;TrustServerCertificate=Yes");
  EXPECT_TRUE(Trusting.Required);
  EXPECT_TRUE(Trusting.TrustsAnyCertificate);
  EXPECT_FALSE(Tls("Server=db;TrustServerCertificate=no").TrustsAnyCertificate);
}
