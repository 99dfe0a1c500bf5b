// libcurl verification switches against Debian's real headers, in C (through
// the type-checking curl_easy_setopt macro). A carve-out never covers them.
// REQUIRES: curl-headers
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c11

#include <curl/curl.h>

#define NO 0L

void fetch(CURL *curl, long from_config) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' turns CURLOPT_SSL_VERIFYPEER off, so any certificate is accepted and anyone on the network path can impersonate the server; leave it on (1L): authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 1L);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_SSL_VERIFYHOST below 2, so the certificate's host name is not checked and any valid certificate can impersonate the server; use 2L: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, NO);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' turns CURLOPT_PROXY_SSL_VERIFYPEER off
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
  // ZFN-3 carve-out: loopback only; the test server uses a self-signed certificate.
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYHOST, 0L);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_PROXY_SSL_VERIFYHOST below 2
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: a carve-out covers transport encryption only; it cannot excuse this site
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYHOST, 2L);

  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, from_config); /* not a constant */
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L);
}
