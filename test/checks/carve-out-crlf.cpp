// A file with CRLF line ends: carve-outs and fix-its work the same.
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17 -isystem %S/Inputs/grpc

#include <grpcpp/grpcpp.h>

void f() {
  // ZFN-3 carve-out: loopback only;
  // the peer is the in-pod sidecar.
  auto carved = grpc::InsecureChannelCredentials();
  auto plain = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto plain = grpc::SslCredentials(grpc::SslCredentialsOptions());
}
