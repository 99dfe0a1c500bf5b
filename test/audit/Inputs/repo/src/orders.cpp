#include <grpcpp/grpcpp.h>
#include <cstdlib>

std::shared_ptr<grpc::Channel> Orders() {
  // ZFN-3 carve-out: the orders sidecar listens on 127.0.0.1 in this pod; no PII crosses it
  return grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials());
}

std::shared_ptr<grpc::Channel> Billing() {
  // ZFN-3 carve-out: billing mesh VPC; mTLS is done by the mesh
  return grpc::CreateChannel("billing:443", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

// zfn3 carve out - metrics only
int Metrics() { return 0; }

std::shared_ptr<grpc::Channel> Dynamic(const char *target) {
  // ZFN-3 carve-out: targets come from the mesh config; only in-VPC names are listed
  return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
}

#if 0
// ZFN-3 carve-out: the old VPN; retired with the VPN
#endif
