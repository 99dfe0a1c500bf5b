//===- HostPatternsTest.cpp - Internal and external destinations ----------===//
#include "transit/HostPatterns.h"

#include "gtest/gtest.h"

using namespace transit;

namespace {

HostPatterns defaults() {
  std::string Error;
  auto P = HostPatterns::parse(DefaultInternalHostPatterns, Error);
  EXPECT_TRUE(P) << Error;
  return *P;
}

TEST(HostPatternsTest, DefaultsCoverPrivateNetworks) {
  HostPatterns P = defaults();
  for (const char *Host : {"localhost",
                           "LOCALHOST",
                           "orders",
                           "127.0.0.1",
                           "127.1.2.3",
                           "::1",
                           "[::1]",
                           "10.0.0.5",
                           "172.16.0.1",
                           "172.31.255.255",
                           "192.168.1.1",
                           "169.254.169.254",
                           "fd12:3456::1",
                           "fc00::1",
                           "fe80::1",
                           "orders.internal",
                           "orders.internal.",
                           "db.local",
                           "orders.default.svc",
                           "orders.default.svc.cluster.local",
                           "vault.service.consul",
                           "nas.lan",
                           "ldap.corp",
                           "printer.home.arpa"})
    EXPECT_TRUE(P.isInternal(Host)) << "host " << Host;
}

TEST(HostPatternsTest, DefaultsLeaveThePublicInternetOut) {
  HostPatterns P = defaults();
  for (const char *Host :
       {"api.stripe.com", "8.8.8.8", "172.32.0.1", "172.15.0.1", "192.169.0.1",
        "11.0.0.1", "2001:db8::1", "internal.example.com", "example.local.com",
        "fcbank.com", "[2606:4700::1111]"})
    EXPECT_FALSE(P.isInternal(Host)) << Host;
}

TEST(HostPatternsTest, CustomPatterns) {
  std::string Error;
  auto P = HostPatterns::parse("*.acme.net, 100.64.*", Error);
  ASSERT_TRUE(P) << Error;
  EXPECT_TRUE(P->isInternal("billing.acme.net"));
  EXPECT_TRUE(P->isInternal("100.64.0.7"));
  EXPECT_FALSE(P->isInternal("orders")); // no <single-label> in the list
  EXPECT_FALSE(P->isInternal("orders.internal"));
}

TEST(HostPatternsTest, BadGlobIsAnError) {
  std::string Error;
  EXPECT_FALSE(HostPatterns::parse("*.acme.net;[z-a]", Error));
  EXPECT_NE(Error.find("[z-a]"), std::string::npos);
}

} // namespace
