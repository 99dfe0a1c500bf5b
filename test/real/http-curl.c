// libcurl against Debian's real libcurl4-openssl-dev headers, in C (where
// curl_easy_setopt is a type-checking macro), through both front ends.
// REQUIRES: curl-headers
// RUN: %check_transit %s transit-plaintext-http %t -- -std=c11

#include <curl/curl.h>

static const char *const kHealth = "http://orders.internal:8080/health";
// CHECK-FIXES: static const char *const kHealth = "https://orders.internal:8080/health";
static const char *const kShared = "http://inventory.internal/items";

void fetch(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_URL, "http://payments.internal/charge");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_URL to an http:// URL, so the request and the response cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_URL, "https://payments.internal/charge");
  curl_easy_setopt(curl, CURLOPT_URL, kHealth);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_URL to an http:// URL
  // CHECK-MESSAGES: :8:36: note: URL defined here
  curl_easy_setopt(curl, CURLOPT_PROXY, "http://proxy.internal:3128");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_PROXY to an http:// URL, so the proxy connection is plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_PROXY, "https://proxy.internal:3128");
  curl_easy_setopt(curl, CURLOPT_URL, kShared);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_URL to an http:// URL
  // CHECK-MESSAGES: :10:36: note: URL defined here
  curl_easy_setopt(curl, CURLOPT_REFERER, kShared); /* not a request target */

  // ZFN-3 carve-out: loopback only; the local Envoy sidecar originates mTLS.
  curl_easy_setopt(curl, CURLOPT_URL, "http://127.0.0.1:15001/orders");
  curl_easy_setopt(curl, CURLOPT_URL, "https://payments.internal/charge");
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "http://example.com/bot");
  const char *xmlns = "http://www.w3.org/2000/svg";
  (void)xmlns;
}

void url_api(CURLU *url) {
  curl_url_set(url, CURLUPART_URL, "http://orders.internal/v1", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_url_set' sets an http:// URL
  // CHECK-FIXES: curl_url_set(url, CURLUPART_URL, "https://orders.internal/v1", 0);
  curl_url_set(url, CURLUPART_SCHEME, "http", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_url_set' sets the scheme to http, so the request and the response cross the network in plaintext; use https or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: curl_url_set(url, CURLUPART_SCHEME, "https", 0);
  curl_url_set(url, CURLUPART_HOST, "http", 0);
}
