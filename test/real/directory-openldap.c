// OpenLDAP's libldap against Debian's real header (libldap2-dev), through
// every front end: ldap:// without StartTLS (here, in a helper, or in no
// function at all), ldaps://, ldapi://, the deprecated ldap_init, and the
// certificate requirement turned off per connection or process-wide.
// REQUIRES: ldap-headers
// RUN: %check_transit %s 'transit-plaintext-database,transit-unverified-peer' %t -- -std=c11 -DLDAP_DEPRECATED=1

#include <ldap.h>
#include <stddef.h>

LDAP *Plain(void) {
  LDAP *ld = NULL;
  ldap_initialize(&ld, "ldap://directory.internal");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ldap_initialize' connects to the directory over ldap:// and nothing here starts TLS on the connection (ldap_start_tls_s), so binds (with their passwords) and results cross the network in plaintext; use ldaps:// or call ldap_start_tls_s before binding, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-FIXES: ldap_initialize(&ld, "ldaps://directory.internal");
  return ld;
}

LDAP *TwoServersOnePort(void) {
  LDAP *ld = NULL;
  ldap_initialize(&ld, "ldap://a.internal:389 ldap://b.internal");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ldap_initialize' connects to the directory over ldap:// {{.*}} [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: an explicit port stays as written; LDAPS listens on 636
  return ld;
}

int StartTls(const char *password) {
  LDAP *ld = NULL;
  ldap_initialize(&ld, "ldap://directory.internal");
  int version = LDAP_VERSION3;
  ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
  if (ldap_start_tls_s(ld, NULL, NULL) != LDAP_SUCCESS)
    return -1;
  return ldap_simple_bind_s(ld, "cn=svc,dc=example,dc=org", password);
}

static int secure(LDAP *ld) { return ldap_start_tls_s(ld, NULL, NULL); }
int ThroughAHelper(void) {
  LDAP *ld = NULL;
  ldap_initialize(&ld, "ldap://directory.internal");
  return secure(ld);
}

LDAP *Secure(void) {
  LDAP *ld = NULL;
  ldap_initialize(&ld, "ldaps://directory.internal");
  return ld;
}

LDAP *Local(void) {
  LDAP *ld = NULL;
  ldap_initialize(&ld, "ldapi://%2Frun%2Fslapd%2Fldapi");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ldap_initialize' connects through a Unix-domain socket, whose traffic is never encrypted; {{.*}} [transit-plaintext-database]
  return ld;
}

LDAP *FromConfiguration(const char *uri) {
  LDAP *ld = NULL;
  ldap_initialize(&ld, uri);
  return ld;
}

LDAP *Deprecated(void) {
  LDAP *ld = ldap_init("directory.internal", 389);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'ldap_init' opens a plain LDAP connection and nothing here starts TLS {{.*}}; use ldap_initialize with an ldaps:// URI, or ldap_start_tls_s before binding, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  return ld;
}

LDAP *CarvedOut(void) {
  LDAP *ld = NULL;
  // ZFN-3 carve-out: slapd listens on 127.0.0.1 in this pod; its directory holds no credentials.
  ldap_initialize(&ld, "ldap://127.0.0.1");
  return ld;
}

void Unverified(LDAP *ld) {
  int never = LDAP_OPT_X_TLS_NEVER;
  ldap_set_option(NULL, LDAP_OPT_X_TLS_REQUIRE_CERT, &never);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ldap_set_option' sets LDAP_OPT_X_TLS_REQUIRE_CERT to LDAP_OPT_X_TLS_NEVER or _ALLOW, so any certificate is accepted and anyone on the network path can impersonate the server; use LDAP_OPT_X_TLS_DEMAND: authentication is never carved out [transit-unverified-peer]
  int allow = LDAP_OPT_X_TLS_ALLOW;
  ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &allow);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'ldap_set_option' sets LDAP_OPT_X_TLS_REQUIRE_CERT {{.*}} [transit-unverified-peer]
  int demand = LDAP_OPT_X_TLS_DEMAND;
  ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
  int zero = 0;
  ldap_set_option(ld, LDAP_OPT_REFERRALS, &zero);
}
