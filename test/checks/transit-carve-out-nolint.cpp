// NOLINT as a back door: every form that silences a transit check is
// reported (option AllowNolint, default false). A NOLINT on the site's own
// line would also hide a warning about itself, so that one is an error:
// clang-tidy never suppresses errors. Both front ends honour NOLINT alike.
// RUN: %check_transit --expect-errors %s 'transit-*' %t -- -std=c++17 -isystem %S/Inputs/grpc
// RUN: %check_transit %s 'transit-*' %t.allowed --check-suffix=ALLOWED \
// RUN:   --config "{CheckOptions: {transit-carve-out.AllowNolint: true}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs/grpc

#include <grpcpp/grpcpp.h>
#include <memory>

using Channel = std::shared_ptr<grpc::Channel>;

Channel same_line() {
  return grpc::CreateChannel("orders.internal:50051", grpc::InsecureChannelCredentials()); // NOLINT
  // CHECK-MESSAGES: :[[@LINE-1]]:95: error: 'NOLINT' silences transit-insecure-grpc with no justification an audit can see; fix the site, or for plaintext inside a perimeter write a 'ZFN-3 carve-out: <network-perimeter guarantee>; <threat-model justification>' comment instead [transit-carve-out]
}

Channel named() {
  return grpc::CreateChannel("orders.internal:50051", grpc::InsecureChannelCredentials()); // NOLINT(transit-insecure-grpc)
  // CHECK-MESSAGES: :[[@LINE-1]]:95: warning: 'NOLINT(transit-insecure-grpc)' silences transit-insecure-grpc with no justification
}

Channel next_line() {
  // NOLINTNEXTLINE(transit-insecure-grpc, readability-*)
  return grpc::CreateChannel("orders.internal:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-2]]:6: warning: 'NOLINTNEXTLINE(transit-insecure-grpc, readability-*)' silences transit-insecure-grpc
}

// NOLINTBEGIN(transit-*)
// CHECK-MESSAGES: :[[@LINE-1]]:4: warning: 'NOLINTBEGIN(transit-*)' silences transit-insecure-grpc
Channel block() {
  return grpc::CreateChannel("orders.internal:50051", grpc::InsecureChannelCredentials());
}
// NOLINTEND(transit-*)

// NOLINTNEXTLINE(*)
Channel star() { return grpc::CreateChannel("a.internal:1", grpc::InsecureChannelCredentials()); }
// CHECK-MESSAGES: :[[@LINE-2]]:4: warning: 'NOLINTNEXTLINE(*)' silences transit-insecure-grpc

int unused = 0; // NOLINT(transit-weak-tls)
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'NOLINT(transit-weak-tls)' names transit checks (transit-weak-tls) but silences nothing here; a NOLINT is no justification an audit can see: remove it

// Not about transit checks, or silencing none of them: nothing to say.
int plain = 0; // NOLINT
int other = 0; // NOLINT(readability-magic-numbers)
Channel other_check() {
  // NOLINTNEXTLINE(bugprone-*)
  return grpc::CreateChannel("orders.internal:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: 'grpc::InsecureChannelCredentials' makes the channel send RPCs
  // CHECK-MESSAGES-ALLOWED: :[[@LINE-2]]:55: warning: 'grpc::InsecureChannelCredentials' makes the channel send RPCs
  // CHECK-FIXES: return grpc::CreateChannel("orders.internal:50051", grpc::SslCredentials(grpc::SslCredentialsOptions()));
  // CHECK-FIXES-ALLOWED: return grpc::CreateChannel("orders.internal:50051", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}
