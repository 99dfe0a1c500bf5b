// gRPC 1.20 - 1.32 declared the C++ API in grpc_impl:: behind inline grpc::
// wrappers: one finding per call the user wrote, none inside the wrappers.
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17 -isystem %S/Inputs/grpc-1.24

#include <grpcpp/security/credentials.h>

void f() {
  auto a = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto a = grpc::SslCredentials(grpc::SslCredentialsOptions());
  auto b = grpc_impl::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc_impl::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto b = grpc::SslCredentials(grpc::SslCredentialsOptions());
}
