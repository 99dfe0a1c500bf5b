// OpenSSL clients whose SSL_CTX or SSL arrives as a parameter, is kept in a
// global, or is made by a helper: the handshake is reported when nothing in
// the TU asks for SSL_VERIFY_PEER on any context that reaches it.
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c11
// RUN: %check_transit %s transit-unverified-peer %t.host --check-suffix HOST \
// RUN:   --config "{CheckOptions: {transit-unverified-peer.RequireHostNameCheck: true}}" -- -std=c11

#include <openssl/ssl.h>

int connect_tls(SSL_CTX *ctx, int fd) {
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  return SSL_connect(ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SSL_connect' completes a handshake on a connection whose context never asks for SSL_VERIFY_PEER
  // CHECK-MESSAGES-HOST: :[[@LINE-2]]:10: warning: 'SSL_connect' completes a handshake on a connection whose context never asks for SSL_VERIFY_PEER
}

static SSL_CTX *g_ctx;
static void make_ctx(void) { g_ctx = SSL_CTX_new(TLS_client_method()); }
int global_ctx(int fd) {
  make_ctx();
  SSL *ssl = SSL_new(g_ctx);
  SSL_set_fd(ssl, fd);
  return SSL_connect(ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SSL_connect' completes a handshake on a connection whose context never asks for SSL_VERIFY_PEER
  // CHECK-MESSAGES-HOST: :[[@LINE-2]]:10: warning: 'SSL_connect' completes a handshake on a connection whose context never asks for SSL_VERIFY_PEER
}

// The silent counterparts (the host-name rule, an option, sees the second).

static SSL_CTX *verified_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  return ctx;
}
static int handshake(SSL_CTX *ctx, int fd, const char *host) {
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set1_host(ssl, host);
  return SSL_connect(ssl);
}
int verified_client(int fd) { return handshake(verified_ctx(), fd, "orders.internal"); }

int chain_only(int fd) {
  SSL_CTX *ctx = verified_ctx(); /* verified, no host name check */
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  return SSL_connect(ssl);
  // CHECK-MESSAGES-HOST: :[[@LINE-1]]:10: warning: 'SSL_connect' completes a handshake whose certificate host name is never checked
}
