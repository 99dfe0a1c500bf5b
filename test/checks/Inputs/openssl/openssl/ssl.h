// A few declarations of <openssl/ssl.h> 3.x, as Debian ships them, for the
// hermetic tests; test/real/ uses the real header.
#pragma clang system_header
#ifdef __cplusplus
extern "C" {
#endif
typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_method_st SSL_METHOD;
long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg);
int SSL_CTX_set_cipher_list(SSL_CTX *, const char *str);
const SSL_METHOD *TLS_method(void);
SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth);
#ifdef __cplusplus
}
#endif
#define SSL_CTRL_SET_MIN_PROTO_VERSION 123
#define SSL_CTX_set_min_proto_version(ctx, version)                            \
  SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, version, NULL)
#define TLS1_VERSION 0x0301
#define TLS1_2_VERSION 0x0303
#define DTLS1_VERSION 0xFEFF
#define DTLS1_2_VERSION 0xFEFD
#define SSLv23_method TLS_method
