// cpr and Drogon (mock headers: neither is in Debian 12). libcurl,
// cpp-httplib, Poco and Beast are tested against their real headers in
// test/real/http-*.
// RUN: %check_transit %s transit-plaintext-http %t -- -std=c++17 -isystem %S/Inputs/httpclients

#include <cpr/cpr.h>
#include <drogon/HttpClient.h>

#include <string>

void Cpr() {
  cpr::Response r = cpr::Get(cpr::Url{"http://inventory.internal/items"});
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'cpr::Url' names an http:// URL, so the request and the response cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: cpr::Response r = cpr::Get(cpr::Url{"https://inventory.internal/items"});
  const std::string base = "http://inventory.internal";
  cpr::Response s = cpr::Get(cpr::Url{base});
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'cpr::Url' names an http:// URL
  // CHECK-MESSAGES: :[[@LINE-3]]:28: note: URL defined here
  // CHECK-FIXES: const std::string base = "https://inventory.internal";
  cpr::Response t = cpr::Get(cpr::Url{"https://inventory.internal/items"});
  (void)r, (void)s, (void)t;
}

void Drogon() {
  auto a = drogon::HttpClient::newHttpClient("http://inventory.internal:8080");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'drogon::HttpClient::newHttpClient' connects to an http:// URL, so requests and responses cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: auto a = drogon::HttpClient::newHttpClient("https://inventory.internal:8080");
  auto b = drogon::HttpClient::newHttpClient("https://inventory.internal");
  auto c = drogon::HttpClient::newHttpClient("10.0.0.7", 8080);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'drogon::HttpClient::newHttpClient' with useSSL false speaks plaintext HTTP; pass useSSL = true or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  auto d = drogon::HttpClient::newHttpClient("10.0.0.7", 8443, true);
  (void)c, (void)d;
  // A log line that mentions a URL is not a request.
  std::string log = "fetching http://inventory.internal/items";
  (void)a, (void)b, (void)log;
}
