// An OpenSSL client (Debian's real headers) that never asks for
// verification and never checks the host name: the peer certificate it reads
// and the handshake it makes prove nothing.
// REQUIRES: openssl-headers
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c11

#include <openssl/ssl.h>
#include <openssl/x509.h>

int talk(SSL_CTX *ctx, int fd) {
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, "orders.internal"); /* SNI only */
  if (SSL_connect(ssl) != 1)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'SSL_connect' completes a handshake on a connection whose context never asks for SSL_VERIFY_PEER (OpenSSL's default is SSL_VERIFY_NONE), so any certificate is accepted and anyone on the network path can impersonate the server; call SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL) (with a CA, and SSL_set1_host) before it: authentication is never carved out [transit-unverified-peer]
    return -1;
  X509 *peer = SSL_get_peer_certificate(ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'SSL_get1_peer_certificate' returns the peer's certificate whether or not it verified, and nothing here asks for SSL_VERIFY_PEER or checks SSL_get_verify_result afterwards, so any certificate is accepted {{.*}}; check SSL_get_verify_result(ssl) == X509_V_OK
  if (!peer)
    return -1;
  X509_free(peer);
  return 0;
}

int checked(SSL *ssl) {
  X509 *peer = SSL_get1_peer_certificate(ssl);
  if (!peer || SSL_get_verify_result(ssl) != X509_V_OK)
    return -1;
  X509_free(peer);
  return 0;
}
