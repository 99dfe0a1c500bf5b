// AllowUnixDomainSockets silences Unix-domain sockets, not network ones.
// RUN: %check_transit %s transit-plaintext-socket %t \
// RUN:   --config "{CheckOptions: {AllowUnixDomainSockets: true}}" -- -std=c11

#include <sys/socket.h>
#include <unistd.h>

void f(void) {
  int local = socket(AF_UNIX, SOCK_STREAM, 0);
  int tcp = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
  close(local);
  close(tcp);
}
