// OpenSSL verification against Debian's real headers, in C: SSL_VERIFY_NONE,
// callbacks that accept every certificate, a peer certificate nobody checks
// and a client that never checks the host name. A carve-out never covers
// any of them.
// REQUIRES: openssl-headers
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c11

#include <openssl/ssl.h>
#include <openssl/x509.h>

static int accept_all(int preverify_ok, X509_STORE_CTX *ctx) {
  (void)ctx;
  if (!preverify_ok)
    return 1; /* log and carry on */
  return 1;
}

static int keep_verdict(int preverify_ok, X509_STORE_CTX *ctx) {
  (void)ctx;
  return preverify_ok;
}

static int skip_chain(X509_STORE_CTX *ctx, void *arg) {
  (void)ctx;
  (void)arg;
  return 1;
}

void client_context(SSL_CTX *ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' sets SSL_VERIFY_NONE, so any certificate is accepted and anyone on the network path can impersonate the server; use SSL_VERIFY_PEER: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, accept_all);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_verify' installs 'accept_all', which returns success for every certificate, so any certificate is accepted and anyone on the network path can impersonate the server; return the verification result (preverify_ok) instead: authentication is never carved out [transit-unverified-peer]
  // CHECK-MESSAGES: :11:12: note: the callback is defined here
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, keep_verdict);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
  SSL_CTX_set_cert_verify_callback(ctx, skip_chain, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_cert_verify_callback' installs 'skip_chain', which returns success for every certificate, {{.*}}; return the verification result (X509_verify_cert(ctx)) instead
  // CHECK-MESSAGES: :23:12: note: the callback is defined here
}

void per_connection(SSL *ssl) {
  // ZFN-3 carve-out: single VPC, encrypted by the cloud provider; test peers use self-signed certificates.
  SSL_set_verify(ssl, 0, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_set_verify' sets SSL_VERIFY_NONE
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: a carve-out covers transport encryption only; it cannot excuse this site
  // CHECK-FIXES: SSL_set_verify(ssl, SSL_VERIFY_PEER, NULL);
}

/* A server that does not ask for client certificates: the server default. */
void server_context(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  SSL_CTX_free(ctx);
}

void server_connection(SSL *ssl) {
  SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
  SSL_accept(ssl);
}
