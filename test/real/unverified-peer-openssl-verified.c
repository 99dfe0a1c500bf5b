// The same OpenSSL client done right (Debian's real headers): verification
// asked for and the host name checked. Nothing to report.
// REQUIRES: openssl-headers
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c11

#include <openssl/ssl.h>
#include <openssl/x509.h>

void setup(SSL_CTX *ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL); }

int talk(SSL_CTX *ctx, int fd) {
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set1_host(ssl, "orders.internal");
  if (SSL_connect(ssl) != 1)
    return -1;
  X509 *peer = SSL_get_peer_certificate(ssl);
  if (!peer)
    return -1;
  X509_free(peer);
  return 0;
}
