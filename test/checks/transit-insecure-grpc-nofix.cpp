// No fix-it where the replacement would not compile: here the translation
// unit declares the insecure factories but not the TLS ones.
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17

#include <memory>

namespace grpc {
class ChannelCredentials {};
class ServerCredentials {};
std::shared_ptr<ChannelCredentials> InsecureChannelCredentials();
std::shared_ptr<ServerCredentials> InsecureServerCredentials();
} // namespace grpc

void f() {
  auto channel = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'grpc::InsecureChannelCredentials' makes the channel
  auto server = grpc::InsecureServerCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'grpc::InsecureServerCredentials' makes the server
}
