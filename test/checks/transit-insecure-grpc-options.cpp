// Options: an organisation's own credential factories (with their header),
// its own marker, and the remark for accepted carve-outs.
// RUN: %check_transit %s transit-insecure-grpc %t \
// RUN:   --config "{CheckOptions: {transit-insecure-grpc.ChannelCredentialsReplacement: 'myorg::MeshChannelCredentials()', transit-insecure-grpc.ChannelCredentialsHeader: '<myorg/mesh.h>', transit-insecure-grpc.ServerCredentialsReplacement: 'myorg::MeshServerCredentials()', transit-insecure-grpc.ServerCredentialsHeader: 'myorg/mesh_server.h', CarveOutMarker: 'SEC-12 exemption:', ReportAcceptedCarveOuts: true}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs/grpc -I %S/Inputs/myorg

#include <grpcpp/grpcpp.h>
// CHECK-FIXES: #include <grpcpp/grpcpp.h>
// CHECK-FIXES-NEXT: #include <myorg/mesh.h>
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: #include "myorg/mesh_server.h"

void client(grpc::ServerBuilder &builder) {
  auto channel = grpc::CreateChannel("orders:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: 'grpc::InsecureChannelCredentials' makes the channel send RPCs and their metadata in plaintext; use TLS channel credentials or add a 'SEC-12 exemption:' comment [transit-insecure-grpc]
  // CHECK-FIXES: auto channel = grpc::CreateChannel("orders:50051", myorg::MeshChannelCredentials());
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'grpc::InsecureServerCredentials' makes the server
  // CHECK-FIXES: builder.AddListeningPort("0.0.0.0:50051", myorg::MeshServerCredentials());

  // SEC-12 exemption: loopback only; in-pod health probe.
  auto probe = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: remark: carve-out accepted: loopback only [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: accepted finding: {{.+}}
  // CHECK-MESSAGES: :{{[0-9]+}}:{{[0-9]+}}: note: carve-out: loopback only; {{.+}}

  // ZFN-3 carve-out: loopback only; the default marker is not ours.
  auto wrong_marker = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto wrong_marker = myorg::MeshChannelCredentials();
}
