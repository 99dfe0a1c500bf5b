#include <grpcpp/grpcpp.h>

std::shared_ptr<grpc::Channel> Orders() {
  return grpc::CreateChannel("orders:50051", grpc::InsecureChannelCredentials());
}
