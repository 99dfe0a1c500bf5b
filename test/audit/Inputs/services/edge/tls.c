#include <stddef.h>
#include <openssl/ssl.h>

SSL_CTX *EdgeContext(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_method());
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
  return ctx;
}
