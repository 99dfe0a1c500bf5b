#include "shared/channel.h"

std::shared_ptr<grpc::Channel> OpenShipping() {
  return grpc::CreateChannel("shipping:50051", grpc::InsecureChannelCredentials());
}

int Broken( { return 0; }
