// nghttp2 (libnghttp2-dev) against Debian's real header, through every
// front end: the HTTP/1.1 Upgrade to cleartext HTTP/2 (h2c), which TLS
// connections never use (they pick h2 by ALPN).
// REQUIRES: nghttp2-headers
// RUN: %check_transit %s 'transit-plaintext-http' %t -- -std=c11

#include <nghttp2/nghttp2.h>
#include <stddef.h>

int Upgrade(nghttp2_session *session, const uint8_t *settings, size_t len) {
  return nghttp2_session_upgrade2(session, settings, len, 0, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'nghttp2_session_upgrade2' takes an HTTP/1.1 connection over to cleartext HTTP/2 (h2c), so requests and responses cross the network in plaintext; negotiate h2 over TLS with ALPN instead, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
}

int Local(nghttp2_session *session, const uint8_t *settings, size_t len) {
  // ZFN-3 carve-out: the sidecar's upstream is 127.0.0.1 in this pod; TLS ends at the sidecar.
  return nghttp2_session_upgrade2(session, settings, len, 0, NULL);
}

// A session over TLS: nothing here says how its bytes travel.
int Tls(nghttp2_session *session) {
  nghttp2_settings_entry iv[1] = {{NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100}};
  return nghttp2_submit_settings(session, NGHTTP2_FLAG_NONE, iv, 1);
}
