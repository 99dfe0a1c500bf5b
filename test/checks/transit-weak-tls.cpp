// transit-weak-tls on a mock <openssl/ssl.h> (Inputs/openssl): templates,
// user macros, constants through variables, and values that are not known.
// The real-header tests are test/real/weak-tls-*.
// RUN: %check_transit %s transit-weak-tls %t -- -std=c++17 -isystem %S/Inputs/openssl

#include <cstddef>
#include <openssl/ssl.h>

// A user macro around the library's: reported at the use, fixed there.
#define FLOOR(ctx, v) SSL_CTX_set_min_proto_version(ctx, v)
#define LEGACY_FLOOR(ctx) SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION)

template <long Version> void floor(SSL_CTX *ctx) {
  SSL_CTX_set_min_proto_version(ctx, Version);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_min_proto_version' allows TLS 1.0
}

void versions(SSL_CTX *ctx, long configured) {
  floor<TLS1_VERSION>(ctx);
  floor<TLS1_2_VERSION>(ctx);
  FLOOR(ctx, TLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_min_proto_version' allows TLS 1.0
  // CHECK-FIXES: FLOOR(ctx, TLS1_2_VERSION);
  LEGACY_FLOOR(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_min_proto_version' allows TLS 1.0
  SSL_CTX_set_min_proto_version(ctx, DTLS1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_min_proto_version' allows DTLS 1.0
  // CHECK-FIXES: SSL_CTX_set_min_proto_version(ctx, DTLS1_2_VERSION);
  SSL_CTX_set_min_proto_version(ctx, DTLS1_2_VERSION);
  SSL_CTX_set_min_proto_version(ctx, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_min_proto_version' sets no minimum
  // CHECK-FIXES: SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_min_proto_version(ctx, configured);
  constexpr long kFloor = TLS1_VERSION;
  SSL_CTX_set_min_proto_version(ctx, kFloor);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_min_proto_version' allows TLS 1.0
}

SSL_CTX *returned() {
  return SSL_CTX_new(SSLv23_method()); // the caller may set the floor
}

void ciphers(SSL_CTX *ctx, const char *configured) {
  SSL_CTX_set_cipher_list(ctx, configured);
  SSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES128-GCM-SHA256:"
                               "DES-CBC-SHA");
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'SSL_CTX_set_cipher_list' enables cipher suites with single DES and no forward secrecy
  // CHECK-FIXES: SSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES128-GCM-SHA256:"
  // CHECK-FIXES-NEXT: "DES-CBC-SHA:!DES:!kRSA");
  SSL_CTX_set_cipher_list(ctx, "aNULL");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_cipher_list' enables cipher suites with no encryption (eNULL), no authentication (aNULL), export-grade keys (EXPORT), RC4, single DES, 3DES and MD5 MACs (AECDH-NULL-SHA, for one)
  SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:SOME-FUTURE-SUITE:NULL-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_cipher_list' enables cipher suites with no encryption (eNULL)
}
