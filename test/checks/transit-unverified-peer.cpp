// libcurl verification switches in C++ (libcurl's functions declared here as
// in <curl/curl.h>); the real-header C test is test/real/unverified-peer-curl.c.
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c++17

extern "C" {
typedef void CURL;
typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_SSL_VERIFYPEER = 64,
  CURLOPT_SSL_VERIFYHOST = 81,
  CURLOPT_PROXY_SSL_VERIFYPEER = 248,
  CURLOPT_PROXY_SSL_VERIFYHOST = 249
} CURLoption;
typedef int CURLcode;
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
}

constexpr long kVerify = false;

void f(CURL *curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, kVerify);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' turns CURLOPT_SSL_VERIFYPEER off
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_SSL_VERIFYHOST below 2
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_URL, "https://payments.internal");
}
