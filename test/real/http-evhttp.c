// libevent's evhttp (libevent-dev) against Debian's real headers, through
// every front end: servers with and without a TLS bufferevent callback, a
// server made elsewhere, and the two client connections.
// REQUIRES: libevent-headers
// RUN: %check_transit %s 'transit-plaintext-http' %t -- -std=c11

#include <event2/bufferevent.h>
#include <event2/bufferevent_ssl.h>
#include <event2/event.h>
#include <event2/http.h>
#include <openssl/ssl.h>
#include <stddef.h>

int Plain(struct event_base *base) {
  struct evhttp *http = evhttp_new(base);
  return evhttp_bind_socket(http, "0.0.0.0", 8080);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'evhttp_bind_socket' serves plaintext HTTP: nothing here gives the server a bufferevent callback that wraps connections in TLS (evhttp_set_bevcb with bufferevent_openssl_socket_new); set one, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
}

static struct bufferevent *tls_bev(struct event_base *base, void *ctx) {
  return bufferevent_openssl_socket_new(base, -1, SSL_new((SSL_CTX *)ctx),
                                        BUFFEREVENT_SSL_ACCEPTING, BEV_OPT_CLOSE_ON_FREE);
}
int Secure(struct event_base *base, SSL_CTX *ctx) {
  struct evhttp *http = evhttp_new(base);
  evhttp_set_bevcb(http, tls_bev, ctx);
  return evhttp_bind_socket(http, "0.0.0.0", 8443);
}

// A server given by the caller: what it set is not known here.
int Given(struct evhttp *http) { return evhttp_bind_socket(http, "0.0.0.0", 8080); }

int Local(struct event_base *base) {
  struct evhttp *http = evhttp_new(base);
  // ZFN-3 carve-out: the admin endpoint binds 127.0.0.1 only; the node agent reads it locally.
  return evhttp_bind_socket(http, "127.0.0.1", 9090);
}

void Clients(struct event_base *base, SSL *ssl) {
  evhttp_connection_base_new(base, NULL, "inventory.internal", 80);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'evhttp_connection_base_new' makes a plain TCP connection, so HTTP requests and responses cross the network in plaintext; {{.*}} [transit-plaintext-http]
  evhttp_connection_base_bufferevent_new(base, NULL, NULL, "inventory.internal", 80);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'evhttp_connection_base_bufferevent_new' makes a plain TCP connection, {{.*}} [transit-plaintext-http]
  evhttp_connection_base_bufferevent_new(
      base, NULL,
      bufferevent_openssl_socket_new(base, -1, ssl, BUFFEREVENT_SSL_CONNECTING, BEV_OPT_CLOSE_ON_FREE),
      "inventory.internal", 443);
}
