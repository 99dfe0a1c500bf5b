// Mbed TLS's OPTIONAL mode in a file that reads the verification result (as
// Mbed TLS's own sample client does): what the code does with the result is
// not judged, so neither the mode nor the handshake is reported.
// REQUIRES: mbedtls-headers
// RUN: %check_transit %s 'transit-unverified-peer' %t -- -std=c11

#include <mbedtls/ssl.h>

int Connect(mbedtls_ssl_config *conf, mbedtls_ssl_context *ssl) {
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  mbedtls_ssl_setup(ssl, conf);
  int ret = mbedtls_ssl_handshake(ssl);
  if (ret == 0 && mbedtls_ssl_get_verify_result(ssl) != 0)
    return -1;
  return ret;
}
// CHECK-MESSAGES-NOT: warning:
