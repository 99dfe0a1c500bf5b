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

// OpenSSL as in <openssl/ssl.h>: templates, macros and callbacks held in
// variables.
extern "C" {
typedef struct ssl_ctx_st SSL_CTX;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX *x509_ctx);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
}
#define SSL_VERIFY_NONE 0x00
#define SSL_VERIFY_PEER 0x01
#define TRUST_ANYONE(ctx) SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr)

template <typename Config> void configure(SSL_CTX *ctx) {
  SSL_CTX_set_verify(ctx, Config::kMode, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' sets SSL_VERIFY_NONE
}
struct Lax { static constexpr int kMode = SSL_VERIFY_NONE; };
struct Strict { static constexpr int kMode = SSL_VERIFY_PEER; };

void callbacks(SSL_CTX *ctx, bool strict) {
  configure<Lax>(ctx);
  configure<Strict>(ctx);
  TRUST_ANYONE(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' sets SSL_VERIFY_NONE
  // CHECK-MESSAGES: :41:27: note: expanded from macro 'TRUST_ANYONE'
  auto lenient = [](int, X509_STORE_CTX *) -> int { return true; };
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, lenient);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' installs the lambda, which returns success for every certificate
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: the callback is defined here
  auto depends = [](int ok, X509_STORE_CTX *) -> int { return ok; };
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, depends);
  int mode = strict ? SSL_VERIFY_PEER : SSL_VERIFY_NONE;
  SSL_CTX_set_verify(ctx, mode, nullptr); // not known here
  const int none = SSL_VERIFY_NONE;
  SSL_CTX_set_verify(ctx, none, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' sets SSL_VERIFY_NONE
  // CHECK-FIXES: SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
}
