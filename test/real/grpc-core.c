// The gRPC core C API against Debian's real headers, in C.
// REQUIRES: grpc-headers
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c11

#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <stddef.h>

grpc_channel *connect_orders(void) {
  grpc_channel_credentials *creds = grpc_insecure_credentials_create();
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'grpc_insecure_credentials_create' makes the channel send RPCs in plaintext; use grpc_ssl_credentials_create or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-FIXES: grpc_channel_credentials *creds = grpc_ssl_credentials_create(NULL, NULL, NULL, NULL);
  grpc_channel *channel = grpc_channel_create("orders:50051", creds, NULL);
  grpc_channel_credentials_release(creds);
  return channel;
}

int listen_orders(grpc_server *server) {
  /* ZFN-3 carve-out: loopback only, the mesh sidecar terminates mTLS;
     the port is bound to 127.0.0.1 and never leaves the pod. */
  grpc_server_credentials *creds = grpc_insecure_server_credentials_create();
  int port = grpc_server_add_http2_port(server, "127.0.0.1:50051", creds);
  grpc_server_credentials_release(creds);
  return port;
}
