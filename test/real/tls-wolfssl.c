// wolfSSL against Debian's real headers (libwolfssl-dev), through every
// front end: verification turned off on a client (also through the OpenSSL
// compatibility names), left on, or off on a server that does not ask for
// client certificates; old fixed-version methods and minimums; a weak
// cipher list.
// REQUIRES: wolfssl-headers
// RUN: %check_transit %s 'transit-unverified-peer,transit-weak-tls' %t -- -std=c11

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <stddef.h>

WOLFSSL *Unverified(int fd) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfSSLv23_client_method());
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wolfSSL_CTX_set_verify' sets WOLFSSL_VERIFY_NONE, so any certificate is accepted and anyone on the network path can impersonate the server; use WOLFSSL_VERIFY_PEER: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  WOLFSSL *ssl = wolfSSL_new(ctx);
  wolfSSL_set_fd(ssl, fd);
  wolfSSL_connect(ssl);
  return ssl;
}

WOLFSSL *ThroughCompatNames(int fd) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfSSLv23_client_method());
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wolfSSL_CTX_set_verify' sets WOLFSSL_VERIFY_NONE, {{.*}} [transit-unverified-peer]
  // CHECK-FIXES: SSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  WOLFSSL *ssl = wolfSSL_new(ctx);
  wolfSSL_set_fd(ssl, fd);
  return ssl;
}

// The client default verifies; asking for it again is fine.
WOLFSSL *Verified(int fd) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  wolfSSL_CTX_load_verify_locations(ctx, "/etc/ssl/certs/ca.pem", NULL);
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  WOLFSSL *ssl = wolfSSL_new(ctx);
  wolfSSL_check_domain_name(ssl, "orders.internal");
  wolfSSL_set_fd(ssl, fd);
  return ssl;
}

// A server that does not ask for client certificates.
WOLFSSL *Server(int fd) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_server_method());
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  WOLFSSL *ssl = wolfSSL_new(ctx);
  wolfSSL_set_fd(ssl, fd);
  wolfSSL_accept(ssl);
  return ssl;
}

static int AcceptAll(int preverify, WOLFSSL_X509_STORE_CTX *store) {
  (void)preverify; (void)store;
  return 1;
}
void Callback(WOLFSSL_CTX *ctx) {
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, AcceptAll);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wolfSSL_CTX_set_verify' installs 'AcceptAll', which returns success for every certificate, {{.*}} [transit-unverified-peer]
  // CHECK-MESSAGES: :[[@LINE-7]]:12: note: the callback is defined here
}

WOLFSSL_CTX *OldMethods(void) {
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'wolfTLSv1_1_client_method' speaks only TLS 1.1, which has known attacks and lacks modern cipher suites; use wolfSSLv23_client_method with wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2): weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfSSLv23_client_method());
  return ctx;
}

void Minimums(WOLFSSL_CTX *ctx, WOLFSSL *ssl) {
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wolfSSL_CTX_SetMinVersion' allows TLS 1.0, {{.*}}; use WOLFSSL_TLSV1_2: weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);
  wolfSSL_SetMinVersion(ssl, WOLFSSL_TLSV1_2);
  wolfSSL_CTX_set_min_proto_version(ctx, TLS1_1_VERSION);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wolfSSL_CTX_set_min_proto_version' allows TLS 1.1, {{.*}} [transit-weak-tls]
  // CHECK-FIXES: wolfSSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  wolfSSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'wolfSSL_CTX_set_cipher_list' enables cipher suites with 3DES{{.*}} [transit-weak-tls]
  wolfSSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES256-GCM-SHA384");
}
