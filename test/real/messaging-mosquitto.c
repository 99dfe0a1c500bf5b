// libmosquitto (Eclipse Mosquitto's MQTT client) against Debian's real
// header (libmosquitto-dev), through every front end: a connect on a client
// no TLS is set on, TLS set here or in a helper, and the two switches that
// turn the broker's verification off.
// REQUIRES: mosquitto-headers
// RUN: %check_transit %s 'transit-plaintext-messaging,transit-unverified-peer,transit-weak-tls' %t -- -std=c11

#include <mosquitto.h>
#include <stdbool.h>
#include <stddef.h>

int Telemetry(void) {
  struct mosquitto *m = mosquitto_new("telemetry", true, NULL);
  return mosquitto_connect(m, "broker.internal", 1883, 60);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'mosquitto_connect' connects to the MQTT broker in plaintext: nothing here sets TLS on the client; call mosquitto_tls_set (or MOSQ_OPT_TLS_USE_OS_CERTS) before connecting, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: the broker's TLS listener is usually on port 8883, not 1883
}

int Verified(void) {
  struct mosquitto *m = mosquitto_new("orders", true, NULL);
  mosquitto_tls_set(m, "/etc/ssl/certs/ca.pem", NULL, NULL, NULL, NULL);
  mosquitto_tls_opts_set(m, 1, "tlsv1.2", NULL);
  return mosquitto_connect(m, "broker.internal", 8883, 60);
}

int Unverified(void) {
  struct mosquitto *m = mosquitto_new("audit", true, NULL);
  mosquitto_tls_set(m, "/etc/ssl/certs/ca.pem", NULL, NULL, NULL, NULL);
  mosquitto_tls_insecure_set(m, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mosquitto_tls_insecure_set' turns the broker's host-name check off, so the certificate's host name is not checked and any valid certificate can impersonate the server; use false: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: mosquitto_tls_insecure_set(m, false);
  mosquitto_tls_opts_set(m, 0, "tlsv1.2", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mosquitto_tls_opts_set' sets cert_reqs 0 (SSL_VERIFY_NONE), so any certificate is accepted {{.*}} [transit-unverified-peer]
  // CHECK-FIXES: mosquitto_tls_opts_set(m, 1, "tlsv1.2", NULL);
  return mosquitto_connect_async(m, "broker.internal", 8883, 60);
}

int OsCertificates(void) {
  struct mosquitto *m = mosquitto_new("os", true, NULL);
  mosquitto_int_option(m, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
  return mosquitto_connect_bind(m, "broker.internal", 8883, 60, NULL);
}

static void secure(struct mosquitto *m) {
  mosquitto_tls_set(m, "/etc/ssl/certs/ca.pem", NULL, NULL, NULL, NULL);
}
int ThroughAHelper(void) {
  struct mosquitto *m = mosquitto_new("helper", true, NULL);
  secure(m);
  return mosquitto_connect(m, "broker.internal", 8883, 60);
}

// A client made by the caller: what it set is not known here.
int Given(struct mosquitto *m) { return mosquitto_connect(m, "broker.internal", 8883, 60); }

int Local(void) {
  struct mosquitto *m = mosquitto_new("local", true, NULL);
  // ZFN-3 carve-out: the broker listens on 127.0.0.1 in this pod; only metrics cross it.
  return mosquitto_connect(m, "127.0.0.1", 1883, 60);
}

int OldVersion(void) {
  struct mosquitto *m = mosquitto_new("legacy", true, NULL);
  mosquitto_tls_set(m, "/etc/ssl/certs/ca.pem", NULL, NULL, NULL, NULL);
  mosquitto_tls_opts_set(m, 1, "tlsv1", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mosquitto_tls_opts_set' asks for TLS 1.0, which has known attacks and lacks modern cipher suites; use "tlsv1.2": weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: mosquitto_tls_opts_set(m, 1, "tlsv1.2", NULL);
  mosquitto_tls_opts_set(m, 1, "tlsv1.2", "ALL:RC4");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mosquitto_tls_opts_set' enables cipher suites with {{.*}} [transit-weak-tls]
  return mosquitto_connect(m, "broker.internal", 8883, 60);
}
