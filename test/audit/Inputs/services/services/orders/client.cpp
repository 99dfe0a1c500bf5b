#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>

std::shared_ptr<grpc::Channel> Billing() {
  return grpc::CreateChannel("billing.internal:443", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

std::shared_ptr<grpc::Channel> Sidecar() {
  // ZFN-3 carve-out: the sidecar listens on 127.0.0.1 in this pod; no data leaves the pod
  return grpc::CreateChannel("127.0.0.1:9000", grpc::InsecureChannelCredentials());
}

std::shared_ptr<grpc::Channel> Inventory() {
  return grpc::CreateChannel("inventory.internal:50051", grpc::InsecureChannelCredentials());
}
