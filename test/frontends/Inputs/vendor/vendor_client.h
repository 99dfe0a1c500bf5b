#pragma once
#include <grpcpp/grpcpp.h>
// A vendored library on an -isystem path: never the user's code.
inline std::shared_ptr<grpc::ChannelCredentials> vendorCredentials() {
  return grpc::InsecureChannelCredentials();
}
#define TRANSIT_DEFINE_CLIENT(name)                                            \
  std::shared_ptr<grpc::ChannelCredentials> name() {                           \
    return grpc::InsecureChannelCredentials();                                 \
  }
#define TRANSIT_CREDENTIALS() grpc::InsecureChannelCredentials()
