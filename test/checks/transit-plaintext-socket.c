// POSIX sockets in C, against the real libc and OpenSSL headers: flagged
// unless a TLS layer takes the descriptor over in the same function.
// RUN: %check_transit %s transit-plaintext-socket %t -- -std=c11

#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int serve_plain(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over; wrap it in TLS (SSL_set_fd), use the library's TLS client, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-socket]
  struct sockaddr_in addr = {0};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(8080);
  bind(fd, (struct sockaddr *)&addr, sizeof addr);
  listen(fd, 16);
  int client = accept(fd, NULL, NULL);
  write(client, "hello\n", 6);
  close(client);
  close(fd);
  return 0;
}

void datagrams(void) {
  int udp;
  if ((udp = socket(PF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0)) < 0)
    return;
  // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: 'socket' creates a UDP socket (IPv6) that no TLS layer takes over
  sendto(udp, "x", 1, 0, NULL, 0);
  close(udp);
  int raw = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'socket' creates a raw IP socket (IPv4) that no TLS layer takes over
  close(raw);
}

void unix_socket(void) {
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'socket' creates a Unix-domain socket, whose traffic is never encrypted; add a 'ZFN-3 carve-out:' comment that keeps it on the host [transit-plaintext-socket]
  close(fd);
  // ZFN-3 carve-out: Unix-domain socket in the pod; only the metrics agent listens.
  int metrics = socket(AF_LOCAL, SOCK_DGRAM, 0);
  close(metrics);
}

int wrapped(SSL_CTX *ctx) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  int bio_fd = socket(AF_INET6, SOCK_STREAM, 0);
  BIO *bio = BIO_new_socket(bio_fd, BIO_NOCLOSE);
  int set_fd = socket(AF_INET, SOCK_STREAM, 0);
  BIO *b2 = BIO_new(BIO_s_socket());
  BIO_set_fd(b2, set_fd, BIO_NOCLOSE);
  (void)bio;
  return SSL_connect(ssl);
}

void use_elsewhere(int fd);

int handed_on(void) {
  int a = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
  use_elsewhere(a); /* code outside the TU: that does not make it secure */
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the descriptor is handed to 'use_elsewhere', whose code this translation unit does not have
  int b = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
  return b;         /* returned: nothing in the TU wraps it (see -flow.c) */
}

void silent(void) {
  int netlink = socket(AF_NETLINK, SOCK_RAW, 0); /* not a network peer */
  int pair[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, pair);     /* not socket() */
  (void)netlink;
}
