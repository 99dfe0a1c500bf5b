// Other TLS libraries taking a descriptor over (declared here as in their
// headers: GnuTLS, wolfSSL, mbed TLS, s2n), and SOCK_SEQPACKET.
// RUN: %check_transit %s transit-plaintext-socket %t -- -std=c11

#include <sys/socket.h>
#include <unistd.h>

typedef struct gnutls_session_int *gnutls_session_t;
void gnutls_transport_set_int2(gnutls_session_t session, int r, int s);
typedef struct WOLFSSL WOLFSSL;
int wolfSSL_set_fd(WOLFSSL *ssl, int fd);
typedef struct mbedtls_net_context { int fd; } mbedtls_net_context;
typedef struct mbedtls_ssl_context mbedtls_ssl_context;
void mbedtls_ssl_set_bio(mbedtls_ssl_context *ssl, void *p_bio, void *f_send,
                         void *f_recv, void *f_recv_timeout);

void layers(gnutls_session_t session, WOLFSSL *wolf, mbedtls_ssl_context *mbed) {
  int a = socket(AF_INET, SOCK_STREAM, 0);
  gnutls_transport_set_int2(session, a, a);
  int b = socket(AF_INET, SOCK_STREAM, 0);
  wolfSSL_set_fd(wolf, b);
  mbedtls_net_context net;
  int c = socket(AF_INET, SOCK_STREAM, 0);
  net.fd = c;
  mbedtls_ssl_set_bio(mbed, &net, 0, 0, 0);
  int d = socket(AF_INET, SOCK_SEQPACKET, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'socket' creates a sequenced-packet socket (IPv4) that no TLS layer takes over
  close(d);
}
