// libcoap 3 (libcoap3-dev) and Net-SNMP (libsnmp-dev) against Debian's real
// headers, through every front end: CoAP sessions and endpoints over UDP and
// TCP or DTLS and TLS; SNMP v1 / v2c sessions and v3 without privacy.
// REQUIRES: coap-headers, snmp-headers
// RUN: %check_transit %s 'transit-plaintext-messaging' %t -- -std=gnu11

#include <coap3/coap.h>
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

coap_session_t *Client(coap_context_t *ctx, coap_address_t *dst) {
  return coap_new_client_session(ctx, NULL, dst, COAP_PROTO_UDP);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'coap_new_client_session' speaks CoAP over UDP (coap://), so requests and responses are plaintext; use COAP_PROTO_DTLS with coap_new_client_session_pki or _psk2 (coaps://), or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
}

coap_session_t *Secure(coap_context_t *ctx, coap_address_t *dst, coap_dtls_pki_t *pki) {
  return coap_new_client_session_pki(ctx, NULL, dst, COAP_PROTO_DTLS, pki);
}

coap_endpoint_t *Listen(coap_context_t *ctx, coap_address_t *addr, coap_proto_t configured) {
  coap_new_endpoint(ctx, addr, configured);
  coap_new_endpoint(ctx, addr, COAP_PROTO_TLS);
  return coap_new_endpoint(ctx, addr, COAP_PROTO_TCP);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'coap_new_endpoint' listens for CoAP over TCP (coap://), so requests and responses are plaintext; use COAP_PROTO_TLS with coap_context_set_pki or _psk (coaps://), or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
}

coap_endpoint_t *Local(coap_context_t *ctx, coap_address_t *loopback) {
  // ZFN-3 carve-out: the endpoint binds 127.0.0.1 only; the local agent reads sensor values through it.
  return coap_new_endpoint(ctx, loopback, COAP_PROTO_UDP);
}

netsnmp_session *Poll(void) {
  netsnmp_session session;
  snmp_sess_init(&session);
  session.peername = "switch-01.internal";
  session.version = SNMP_VERSION_2c;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'snmp_session::version' is SNMP_VERSION_2c, which sends the community string and every value in plaintext; use SNMP_VERSION_3 with securityLevel SNMP_SEC_LEVEL_AUTHPRIV, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  session.community = (u_char *)"public";
  session.community_len = 6;
  return snmp_open(&session);
}

netsnmp_session *V3(void) {
  netsnmp_session session;
  snmp_sess_init(&session);
  session.version = SNMP_VERSION_3;
  session.securityLevel = SNMP_SEC_LEVEL_AUTHNOPRIV;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'snmp_session::securityLevel' is SNMP_SEC_LEVEL_AUTHNOPRIV, so SNMPv3 sends every value unencrypted; {{.*}} [transit-plaintext-messaging]
  netsnmp_session *opened = snmp_open(&session);
  session.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV;
  return opened;
}
