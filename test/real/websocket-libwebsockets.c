// libwebsockets (libwebsockets-dev) against Debian's real headers, through
// every front end: a client connection without LCCSCF_USE_SSL, one with it,
// connect info filled elsewhere, and the flags that weaken verification.
// REQUIRES: libwebsockets-headers
// RUN: %check_transit %s 'transit-plaintext-http,transit-unverified-peer' %t -- -std=c11

#include <libwebsockets.h>
#include <string.h>

struct lws *Plain(struct lws_context *context) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "feed.internal";
  i.port = 80;
  i.path = "/stream";
  return lws_client_connect_via_info(&i);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'lws_client_connect_via_info' connects without LCCSCF_USE_SSL in ssl_connection, so the WebSocket or HTTP traffic crosses the network in plaintext; set ssl_connection = LCCSCF_USE_SSL (wss:// / https://) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
}

struct lws *Unverified(struct lws_context *context) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "feed.internal";
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL | LCCSCF_ALLOW_SELFSIGNED | LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'lws_client_connect_info::ssl_connection' sets LCCSCF_ALLOW_SELFSIGNED and LCCSCF_SKIP_SERVER_CERT_HOSTNAME_CHECK, so any certificate is accepted and anyone on the network path can impersonate the server; leave only LCCSCF_USE_SSL (and the flags that do not weaken verification): authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: i.ssl_connection = LCCSCF_USE_SSL;
  i.ssl_connection |= LCCSCF_ALLOW_EXPIRED;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'lws_client_connect_info::ssl_connection' sets LCCSCF_ALLOW_EXPIRED, {{.*}} [transit-unverified-peer]
  return lws_client_connect_via_info(&i);
}

struct lws *Secure(struct lws_context *context) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "feed.internal";
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL;
  return lws_client_connect_via_info(&i);
}

struct lws *Given(struct lws_client_connect_info *info) { return lws_client_connect_via_info(info); }

struct lws *Local(struct lws_context *context) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "127.0.0.1";
  i.port = 7681;
  // ZFN-3 carve-out: the agent's socket listens on 127.0.0.1 in this pod; only metrics cross it.
  return lws_client_connect_via_info(&i);
}
