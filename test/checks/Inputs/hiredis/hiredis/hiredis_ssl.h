/* Mock of <hiredis/hiredis_ssl.h> (hiredis 1.x). */
#pragma once
#include <hiredis/hiredis.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct redisSSLContext redisSSLContext;
typedef enum { REDIS_SSL_CTX_NONE = 0 } redisSSLContextError;
redisSSLContext *redisCreateSSLContext(const char *cacert_filename, const char *capath,
                                       const char *cert_filename, const char *private_key_filename,
                                       const char *server_name, redisSSLContextError *error);
int redisInitiateSSLWithContext(redisContext *c, redisSSLContext *redis_ssl_ctx);
int redisInitiateSSL(redisContext *c, const char *cacert_filename, const char *capath,
                     const char *cert_filename, const char *private_key_filename,
                     const char *server_name);
#ifdef __cplusplus
}
#endif
