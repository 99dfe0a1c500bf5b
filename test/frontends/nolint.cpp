// NOLINT silences a transit check the same way in both front ends (the
// compiler plugin uses clang-tidy's own NOLINT handling).
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17 -isystem %S/../checks/Inputs/grpc

#include <grpcpp/grpcpp.h>

void f() {
  auto a = grpc::InsecureChannelCredentials(); // NOLINT(transit-insecure-grpc)
  auto b = grpc::InsecureChannelCredentials(); // NOLINT
  // NOLINTNEXTLINE(transit-*)
  auto c = grpc::InsecureChannelCredentials();
  // NOLINTBEGIN(transit-insecure-grpc)
  auto d = grpc::InsecureChannelCredentials();
  auto e = grpc::InsecureServerCredentials();
  // NOLINTEND(transit-insecure-grpc)
  auto other = grpc::InsecureChannelCredentials(); // NOLINT(bugprone-*)
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto other = grpc::SslCredentials(grpc::SslCredentialsOptions()); // NOLINT(bugprone-*)
}
