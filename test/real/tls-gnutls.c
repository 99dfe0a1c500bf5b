// GnuTLS against Debian's real headers (libgnutls28-dev), through every
// front end: a client handshake nothing asks to verify, a verify function
// that accepts everything, servers and verified clients, and priority
// strings that turn obsolete versions and broken algorithms back on.
// REQUIRES: gnutls-headers
// RUN: %check_transit %s 'transit-unverified-peer,transit-weak-tls' %t -- -std=c11

#include <gnutls/gnutls.h>
#include <stddef.h>

int Unverified(int fd, gnutls_certificate_credentials_t xcred) {
  gnutls_session_t session;
  gnutls_init(&session, GNUTLS_CLIENT);
  gnutls_set_default_priority(session);
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, xcred);
  gnutls_transport_set_int(session, fd);
  return gnutls_handshake(session);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gnutls_handshake' completes a client handshake that nothing asks to verify (GnuTLS verifies only when told: no gnutls_session_set_verify_cert, verify function or gnutls_certificate_verify_peers3 here), so any certificate is accepted and anyone on the network path can impersonate the server; call gnutls_session_set_verify_cert(session, host, 0) before it: authentication is never carved out [transit-unverified-peer]
}

// A server: nothing to verify unless it asks for client certificates.
int Server(int fd, gnutls_certificate_credentials_t xcred) {
  gnutls_session_t session;
  gnutls_init(&session, GNUTLS_SERVER);
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, xcred);
  gnutls_transport_set_int(session, fd);
  return gnutls_handshake(session);
}

// A session made by the caller: what it set is not known here.
int Given(gnutls_session_t session) { return gnutls_handshake(session); }

int Weak(gnutls_session_t session, gnutls_priority_t *cache) {
  const char *err = NULL;
  gnutls_priority_set_direct(session, "NORMAL:+VERS-TLS1.0", &err);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'gnutls_priority_set_direct' turns on TLS 1.0 (+VERS-TLS1.0), which is obsolete or unsafe; turn it off instead (-VERS-TLS1.0): weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: gnutls_priority_set_direct(session, "NORMAL:-VERS-TLS1.0", &err);
  gnutls_priority_init(cache, "SECURE128:+VERS-TLS1.1:+ARCFOUR-128", &err);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'gnutls_priority_init' turns on TLS 1.1 and RC4 (+VERS-TLS1.1 and +ARCFOUR-128), which are obsolete or unsafe; {{.*}} [transit-weak-tls]
  // CHECK-FIXES: gnutls_priority_init(cache, "SECURE128:-VERS-TLS1.1:-ARCFOUR-128", &err);
  // Turning it off would leave no version to negotiate: no fix-it.
  gnutls_priority_init2(cache, "NONE:+VERS-TLS1.0:+AES-128-CBC:+RSA:+SHA1:+COMP-NULL", &err, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'gnutls_priority_init2' turns on TLS 1.0 (+VERS-TLS1.0), {{.*}} [transit-weak-tls]
  return gnutls_priority_set_direct(session, "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1", &err);
}
