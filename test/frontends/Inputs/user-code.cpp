#include <vendor_client.h>

std::shared_ptr<grpc::ChannelCredentials> own() {
  return grpc::InsecureChannelCredentials();
}

TRANSIT_DEFINE_CLIENT(fromMacro)

std::shared_ptr<grpc::ChannelCredentials> viaMacro() {
  return TRANSIT_CREDENTIALS();
}
