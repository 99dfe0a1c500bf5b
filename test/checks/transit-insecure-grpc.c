// The gRPC core C API, in a C translation unit.
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c11 -isystem %S/Inputs/grpc

#include <grpc/grpc_security.h>

void client(void) {
  grpc_channel_credentials *creds = grpc_insecure_credentials_create();
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'grpc_insecure_credentials_create' makes the channel send RPCs in plaintext; use grpc_ssl_credentials_create or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-FIXES: grpc_channel_credentials *creds = grpc_ssl_credentials_create(NULL, NULL, NULL, NULL);
  grpc_channel *legacy = grpc_insecure_channel_create("orders:50051", NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'grpc_insecure_channel_create' opens a plaintext channel; create it with grpc_channel_create and grpc_ssl_credentials_create or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  grpc_channel_credentials *local = grpc_local_credentials_create(LOCAL_TCP);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'grpc_local_credentials_create' with LOCAL_TCP sends RPCs in plaintext over TCP
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: LOCAL_TCP checks that the peer is on the loopback interface; it does not encrypt
  (void)creds, (void)legacy, (void)local;
}

void server(grpc_server *server) {
  grpc_server_credentials *creds = grpc_insecure_server_credentials_create();
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'grpc_insecure_server_credentials_create' makes the server accept RPCs in plaintext; use grpc_ssl_server_credentials_create or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:36: note: grpc_ssl_server_credentials_create needs the server's key and certificate, so there is no automatic fix
  grpc_server_add_insecure_http2_port(server, "0.0.0.0:50051");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'grpc_server_add_insecure_http2_port' listens for plaintext RPCs; add the port with grpc_server_add_http2_port and grpc_ssl_server_credentials_create or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  (void)creds;
}

void carved_out(void) {
  /* ZFN-3 carve-out: unix-domain peer in the same pod; health probe only. */
  grpc_channel_credentials *probe = grpc_insecure_credentials_create();
  grpc_channel_credentials *uds = grpc_local_credentials_create(UDS);
  grpc_channel_credentials *tls = grpc_ssl_credentials_create(NULL, NULL, NULL, NULL);
  (void)probe, (void)uds, (void)tls;
}
