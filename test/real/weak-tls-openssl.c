// OpenSSL protocol versions, cipher lists and RSA key sizes against
// Debian's real headers, in C. A carve-out never covers weak TLS.
// REQUIRES: openssl-headers
// RUN: %check_transit %s transit-weak-tls %t -- -std=c11 -Wno-deprecated-declarations

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

static const char *const kLegacyCiphers = "HIGH:!aNULL:!MD5";
// CHECK-FIXES: static const char *const kLegacyCiphers = "HIGH:!aNULL:!MD5:!kRSA:!kPSK:!kRSAPSK";

SSL_CTX *legacy(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLSv1_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'TLSv1_client_method' speaks only TLS 1.0, which has known attacks and lacks modern cipher suites; use TLS_client_method (with SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) where the library's floor is lower): weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_min_proto_version' allows TLS 1.0, which has known attacks and lacks modern cipher suites; use TLS1_2_VERSION: weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_max_proto_version' caps the protocol at TLS 1.1, so TLS 1.2 and later are never used; use 0 (the highest the library supports): weak TLS is never carved out
  // CHECK-FIXES: SSL_CTX_set_max_proto_version(ctx, 0);
  // ZFN-3 carve-out: single VPC, encrypted by the cloud provider; legacy peers only speak RC4.
  SSL_CTX_set_cipher_list(ctx, "RC4-SHA:ECDHE-RSA-AES128-GCM-SHA256");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_cipher_list' enables cipher suites with RC4 and no forward secrecy (RSA or PSK key exchange) (RC4-SHA, for one); exclude them or list ECDHE/DHE AEAD suites only ("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM"): weak TLS is never carved out [transit-weak-tls]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: a carve-out covers transport encryption only; it cannot excuse this site
  // CHECK-FIXES: SSL_CTX_set_cipher_list(ctx, "RC4-SHA:ECDHE-RSA-AES128-GCM-SHA256:!RC4:!kRSA");
  SSL_CTX_set_cipher_list(ctx, kLegacyCiphers);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_cipher_list' enables cipher suites with no forward secrecy (RSA or PSK key exchange) (AES256-GCM-SHA384, for one)
  // CHECK-MESSAGES: :10:43: note: cipher list defined here
  SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM");
  return ctx;
}

SSL_CTX *flexible(void) {
  SSL_CTX *ctx = SSL_CTX_new(SSLv23_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'SSLv23_client_method' (the old name of TLS_client_method) accepts every protocol version the library allows, TLS 1.0 and 1.1 included, and nothing here sets a minimum; call SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION): weak TLS is never carved out
  return ctx;
}

SSL_CTX *flexible_with_floor(void) {
  SSL_CTX *ctx = SSL_CTX_new(SSLv23_method());
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  return ctx;
}

SSL_CTX *flexible_with_options(void) {
  SSL_CTX *ctx = SSL_CTX_new(SSLv23_server_method());
  SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
  return ctx;
}

SSL_CTX *modern(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_max_proto_version(ctx, 0);
  return ctx;
}

void keys(RSA *rsa, BIGNUM *e, EVP_PKEY_CTX *pctx) {
  RSA_generate_key_ex(rsa, 1024, e, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RSA_generate_key_ex' makes a 1024-bit RSA key; keys below 2048 bits are within reach of a well-funded attacker; use 2048 or more: weak TLS is never carved out
  // CHECK-FIXES: RSA_generate_key_ex(rsa, 2048, e, NULL);
  EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, 512);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'EVP_PKEY_CTX_set_rsa_keygen_bits' makes a 512-bit RSA key
  // CHECK-FIXES: EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, 2048);
  EVP_PKEY *key = EVP_RSA_gen(1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'EVP_RSA_gen' makes a 1024-bit RSA key
  // CHECK-FIXES: EVP_PKEY *key = EVP_RSA_gen(2048);
  EVP_PKEY_free(key);
  RSA_generate_key_ex(rsa, 3072, e, NULL);
  EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, 4096);
}
