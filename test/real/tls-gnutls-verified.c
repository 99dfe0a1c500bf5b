// GnuTLS clients that do verify, each in its own way; none is reported. (A
// verify function anywhere in a file may be any session's, so each way is in
// a file of its own: this one asks on the session.)
// REQUIRES: gnutls-headers
// RUN: %check_transit %s 'transit-unverified-peer' %t -- -std=c11
// RUN: %check_transit %s 'transit-unverified-peer' %t -- -std=c11 -DBY_FUNCTION
// RUN: %check_transit %s 'transit-unverified-peer' %t -- -std=c11 -DAFTERWARDS
// RUN: %check_transit --check-suffix=BAD %s 'transit-unverified-peer' %t.bad -- -std=c11 -DACCEPT_ALL

#include <gnutls/gnutls.h>

#if defined(BY_FUNCTION)
static int verify(gnutls_session_t session) {
  unsigned status = 0;
  if (gnutls_certificate_verify_peers3(session, "orders.internal", &status) < 0 || status)
    return GNUTLS_E_CERTIFICATE_ERROR;
  return 0;
}
#elif defined(ACCEPT_ALL)
static int verify(gnutls_session_t session) {
  (void)session;
  return 0;
}
#endif

int Connect(int fd, gnutls_certificate_credentials_t xcred) {
#if defined(BY_FUNCTION) || defined(ACCEPT_ALL)
  gnutls_certificate_set_verify_function(xcred, verify);
  // CHECK-MESSAGES-BAD: :[[@LINE-1]]:3: warning: 'gnutls_certificate_set_verify_function' installs 'verify', which lets every handshake go on without verifying the certificate, {{.*}} [transit-unverified-peer]
  // CHECK-MESSAGES-BAD: :[[@LINE-10]]:12: note: the callback is defined here
#endif
  gnutls_session_t session;
  gnutls_init(&session, GNUTLS_CLIENT);
#if !defined(BY_FUNCTION) && !defined(AFTERWARDS) && !defined(ACCEPT_ALL)
  gnutls_session_set_verify_cert(session, "orders.internal", 0);
#endif
  gnutls_credentials_set(session, GNUTLS_CRD_CERTIFICATE, xcred);
  gnutls_transport_set_int(session, fd);
  int ret = gnutls_handshake(session);
#if defined(AFTERWARDS)
  unsigned status = 0;
  if (ret == 0 && (gnutls_certificate_verify_peers3(session, "orders.internal", &status) < 0 || status))
    return -1;
#endif
  return ret;
}
// CHECK-MESSAGES-NOT: warning:
