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

// With ReportAcceptedCarveOuts (what transit-tidy and the audit set), the
// carve-out kept above the unjudged site is reported as a remark, with its
// text (transit/Reporting.h), beside the accepted one, by every front end.
// RUN: %clang_tidy_transit -checks='-*,transit-*' -config="{CheckOptions: {ReportAcceptedCarveOuts: true}}" %s -- -std=c11 -isystem %S/Inputs/zmq -isystem %S/Inputs 2>&1 | %FileCheck %s --check-prefix=KEPT
// The same through the compiler plugin and transit-clang-tidy.
// RUN: %clang_transit -fsyntax-only -fplugin-arg-transit-checks='-*,transit-*' -fplugin-arg-transit-option=ReportAcceptedCarveOuts=true -std=c11 -isystem %S/Inputs/zmq -isystem %S/Inputs %s 2>&1 | %FileCheck %s --check-prefix=KEPT
// RUN: %transit_clang_tidy -checks='-*,transit-*' -config="{CheckOptions: {ReportAcceptedCarveOuts: true}}" %s -- -std=c11 -isystem %S/Inputs/zmq -isystem %S/Inputs 2>&1 | %FileCheck %s --check-prefix=KEPT
// KEPT-DAG: transit-carve-out-judged.c:12:12: remark: carve-out accepted: loopback only [transit-plaintext-socket]
// KEPT-DAG: transit-carve-out-judged.c:17:6: remark: carve-out kept: the broker runs in this pod (no check could judge the site) [transit-carve-out]
// KEPT-DAG: transit-carve-out-judged.c:17:6: note: carve-out: the broker runs in this pod; only health pings go over it.
// KEPT-NOT: carve-out kept: loopback only
