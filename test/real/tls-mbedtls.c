// Mbed TLS 2 against Debian's real headers (libmbedtls-dev), through every
// front end: the authentication modes on a client and a server, OPTIONAL
// with and without a read of the result, and the protocol floor and cap.
// REQUIRES: mbedtls-headers
// RUN: %check_transit %s 'transit-unverified-peer,transit-weak-tls' %t -- -std=c11

#include <mbedtls/ssl.h>

int Client(mbedtls_ssl_config *conf) {
  int ret = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT,
                                        MBEDTLS_SSL_TRANSPORT_STREAM,
                                        MBEDTLS_SSL_PRESET_DEFAULT);
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_ssl_conf_authmode' sets MBEDTLS_SSL_VERIFY_NONE, so any certificate is accepted and anyone on the network path can impersonate the server; use MBEDTLS_SSL_VERIFY_REQUIRED: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3,
                               MBEDTLS_SSL_MINOR_VERSION_1);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'mbedtls_ssl_conf_min_version' allows TLS 1.0, which has known attacks and lacks modern cipher suites; use MBEDTLS_SSL_MINOR_VERSION_3: weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_conf_max_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3,
                               MBEDTLS_SSL_MINOR_VERSION_2);
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'mbedtls_ssl_conf_max_version' caps the protocol at TLS 1.1 (DTLS 1.0 over DTLS), {{.*}} [transit-weak-tls]
  return ret;
}

int Required(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT,
                              MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3,
                               MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_setup(ssl, conf);
  mbedtls_ssl_set_hostname(ssl, "orders.internal");
  return mbedtls_ssl_handshake(ssl);
}

// A server that does not ask for client certificates.
int Server(void) {
  mbedtls_ssl_config conf;
  mbedtls_ssl_config_init(&conf);
  mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_SERVER,
                              MBEDTLS_SSL_TRANSPORT_STREAM,
                              MBEDTLS_SSL_PRESET_DEFAULT);
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_NONE);
  return 0;
}

void HandshakeMode(mbedtls_ssl_context *ssl) {
  mbedtls_ssl_set_hs_authmode(ssl, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_ssl_set_hs_authmode' sets MBEDTLS_SSL_VERIFY_OPTIONAL (the handshake completes when verification fails) and nothing here reads mbedtls_ssl_get_verify_result, {{.*}} [transit-unverified-peer]
  // CHECK-FIXES: mbedtls_ssl_set_hs_authmode(ssl, MBEDTLS_SSL_VERIFY_REQUIRED);
}
