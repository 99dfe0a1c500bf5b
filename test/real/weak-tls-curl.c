// libcurl protocol versions and cipher lists against Debian's real headers,
// in C, through the type-checking curl_easy_setopt macro.
// REQUIRES: curl-headers
// RUN: %check_transit %s transit-weak-tls %t -- -std=c11

#include <curl/curl.h>

void fetch(CURL *curl, long from_config) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt' sets CURLOPT_SSLVERSION to allow TLS 1.0 (CURL_SSLVERSION_TLSv1 means 1.0 or later), which has known attacks and lacks modern cipher suites; use CURL_SSLVERSION_TLSv1_2: weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION,
                   CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_2);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'curl_easy_setopt' sets CURLOPT_SSLVERSION to allow TLS 1.0, which
  curl_easy_setopt(curl, CURLOPT_PROXY_SSLVERSION,
                   CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_TLSv1_1);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'curl_easy_setopt' caps CURLOPT_PROXY_SSLVERSION at TLS 1.1, so TLS 1.2 and later are never used; use CURL_SSLVERSION_MAX_DEFAULT
  curl_easy_setopt(curl, CURLOPT_SSL_CIPHER_LIST, "DES-CBC3-SHA:ECDHE+AESGCM");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_setopt(CURLOPT_SSL_CIPHER_LIST)' enables cipher suites with 3DES and no forward secrecy (RSA or PSK key exchange) (DES-CBC3-SHA, for one)
  // CHECK-FIXES: curl_easy_setopt(curl, CURLOPT_SSL_CIPHER_LIST, "DES-CBC3-SHA:ECDHE+AESGCM:!3DES:!kRSA");

  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION,
                   CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_DEFAULT);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, from_config);
  curl_easy_setopt(curl, CURLOPT_SSL_CIPHER_LIST, "ECDHE+AESGCM:ECDHE+CHACHA20");
}
