// A descriptor followed through the translation unit: returned from a
// helper, kept in a global or a structure, passed to the TU's own functions,
// accepted from. Reported at socket() unless something the TU can see puts
// TLS on it; code outside the TU does not count.
// RUN: %check_transit %s transit-plaintext-socket %t -- -std=c11 -D_POSIX_C_SOURCE=200809L

#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

static int make_listener(void) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
  listen(fd, 16);
  return fd;
}

int serve(void) {
  int listen_fd = make_listener(); /* returned: still plaintext here */
  int client = accept(listen_fd, NULL, NULL);
  write(client, "hi\n", 3);
  return 0;
}

int g_fd;
void open_global(void) {
  g_fd = socket(AF_INET6, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'socket' creates a TCP socket (IPv6) that no TLS layer takes over
}
void use_global(void) { send(g_fd, "x", 1, 0); }

struct server { int fd; };
void handle(struct server *s);
void start(struct server *s) {
  s->fd = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
  handle(s); /* declared only: outside the TU */
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the descriptor is handed to 'handle', whose code this translation unit does not have
}

static void session(int conn) { write(conn, "plain\n", 6); }
void plain_session(void) {
  int conn = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
  session(conn);
}

// The silent counterparts: TLS where the descriptor goes.

static int make_client(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  return s;
}
int tls_client(SSL_CTX *ctx) {
  int sock = make_client(); /* returned, then wrapped */
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, sock);
  return SSL_connect(ssl);
}

static void tls_session(SSL_CTX *ctx, int conn) {
  SSL *ssl = SSL_new(ctx);
  SSL_set_fd(ssl, conn);
  SSL_accept(ssl);
}
void tls_server(SSL_CTX *ctx) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  listen(fd, 16);
  int conn = accept(fd, NULL, NULL); /* its connections get TLS */
  tls_session(ctx, conn);
}

struct tls_conn { int fd; SSL *ssl; };
void tls_in_struct(struct tls_conn *c, SSL_CTX *ctx) {
  c->fd = socket(AF_INET, SOCK_STREAM, 0);
  c->ssl = SSL_new(ctx);
}
void tls_in_struct_later(struct tls_conn *c) { SSL_set_fd(c->ssl, c->fd); }

#include <netdb.h>
#include <string.h>

int open_clientfd(const char *host, const char *port) {
  struct addrinfo hints, *list, *p;
  int clientfd = -1;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  getaddrinfo(host, port, &hints, &list);
  for (p = list; p; p = p->ai_next) {
    clientfd = socket(p->ai_family, p->ai_socktype, p->ai_protocol);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'socket' creates a socket for an address from getaddrinfo that no TLS layer takes over
    if (connect(clientfd, p->ai_addr, p->ai_addrlen) == 0)
      break;
  }
  freeaddrinfo(list);
  return clientfd;
}

int open_tls_clientfd(SSL *ssl, struct addrinfo *ai) {
  int fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
  SSL_set_fd(ssl, fd);
  return SSL_connect(ssl);
}

#include <pthread.h>

static void *tls_worker(void *arg) {
  int fd = *(int *)arg;
  SSL *ssl = SSL_new(NULL);
  SSL_set_fd(ssl, fd); /* the thread wraps the accepted connection */
  return NULL;
}
void threaded_tls_server(void) {
  int listenfd = socket(AF_INET, SOCK_STREAM, 0);
  listen(listenfd, 16);
  for (;;) {
    int connfd = accept(listenfd, NULL, NULL);
    pthread_t t;
    pthread_create(&t, NULL, tls_worker, &connfd);
  }
}

static void *plain_worker(void *arg) {
  int fd = *(int *)arg;
  write(fd, "hi\n", 3);
  return NULL;
}
void threaded_plain_server(void) {
  int listenfd = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
  listen(listenfd, 16);
  for (;;) {
    int connfd = accept(listenfd, NULL, NULL);
    pthread_t t;
    pthread_create(&t, NULL, plain_worker, &connfd);
  }
}
