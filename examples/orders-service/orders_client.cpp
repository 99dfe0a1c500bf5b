// Orders service: the client side of its calls to other services.
#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

namespace orders {

// Inventory lives in another cluster: this must be TLS.
std::shared_ptr<grpc::Channel> InventoryChannel(const std::string &target) {
  return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
}

// Metrics go to the node-local agent.
std::shared_ptr<grpc::Channel> MetricsChannel() {
  // ZFN-3 carve-out: loopback only, the agent listens on 127.0.0.1 in the
  // same pod; payload is aggregate counters with no PII and no tokens.
  return grpc::CreateChannel("127.0.0.1:4317", grpc::InsecureChannelCredentials());
}

// Payments: someone tried to carve this out, but the marker is misspelled.
std::shared_ptr<grpc::Channel> PaymentsChannel() {
  // ZFN3 carve-out: same VPC; payments are internal.
  return grpc::CreateChannel("payments.internal:443", grpc::InsecureChannelCredentials());
}

} // namespace orders
