// A carve-out is stale only where a check judged the site secure: not above
// a socket returned from its function (now followed, and carved out), nor
// above a site no check can judge (an endpoint from the command line).
// RUN: %check_transit %s transit-carve-out %t -- -std=c11 -isystem %S/Inputs/zmq

#include <openssl/ssl.h>
#include <sys/socket.h>
#include <zmq.h>

int make_metrics_socket(void) {
  /* ZFN-3 carve-out: loopback only; the metrics agent on this node; counters are public. */
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  return fd;
}

void connect_anywhere(void *sock, const char *endpoint) {
  /* ZFN-3 carve-out: the broker runs in this pod; only health pings go over it. */
  zmq_connect(sock, endpoint);
}

static void wrap(SSL *ssl, int fd) { SSL_set_fd(ssl, fd); }
void became_tls(SSL *ssl) {
  /* ZFN-3 carve-out: loopback only; the sidecar terminates TLS. */
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: carve-out guards no insecure site
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  wrap(ssl, fd); /* TLS in another function: the site is secure */
}
