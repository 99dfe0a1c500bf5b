// One insecure site, for the front-end tests.
#include <grpcpp/grpcpp.h>

std::shared_ptr<grpc::ChannelCredentials> creds();
std::shared_ptr<grpc::ChannelCredentials> creds() {
  return grpc::InsecureChannelCredentials();
}
