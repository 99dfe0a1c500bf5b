/* Mock of <grpc/grpc_security.h> (gRPC 1.51), C core API. */
#pragma once
#include <grpc/grpc.h>
#include <grpc/grpc_security_constants.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct grpc_channel_credentials grpc_channel_credentials;
typedef struct grpc_server_credentials grpc_server_credentials;
typedef struct grpc_ssl_pem_key_cert_pair grpc_ssl_pem_key_cert_pair;
typedef struct verify_peer_options verify_peer_options;
grpc_channel_credentials *grpc_ssl_credentials_create(const char *pem_root_certs,
                                                      grpc_ssl_pem_key_cert_pair *pem_key_cert_pair,
                                                      const verify_peer_options *verify_options,
                                                      void *reserved);
grpc_channel_credentials *grpc_insecure_credentials_create(void);
grpc_server_credentials *grpc_insecure_server_credentials_create(void);
grpc_server_credentials *grpc_ssl_server_credentials_create(const char *pem_root_certs,
                                                            grpc_ssl_pem_key_cert_pair *pem_key_cert_pairs,
                                                            size_t num_key_cert_pairs,
                                                            int force_client_auth, void *reserved);
grpc_channel_credentials *grpc_local_credentials_create(grpc_local_connect_type type);
grpc_server_credentials *grpc_local_server_credentials_create(grpc_local_connect_type type);
grpc_channel *grpc_channel_create(const char *target, grpc_channel_credentials *creds,
                                  const grpc_channel_args *args);
int grpc_server_add_http2_port(grpc_server *server, const char *addr,
                               grpc_server_credentials *creds);
/* Removed in gRPC 1.46; still found in older code. */
grpc_channel *grpc_insecure_channel_create(const char *target, const grpc_channel_args *args,
                                           void *reserved);
int grpc_server_add_insecure_http2_port(grpc_server *server, const char *addr);
#ifdef __cplusplus
}
#endif
