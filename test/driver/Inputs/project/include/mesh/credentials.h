#pragma once
#include <grpcpp/grpcpp.h>

namespace mesh {
// The organisation's mTLS channel credentials.
std::shared_ptr<grpc::ChannelCredentials> ChannelCredentials();
} // namespace mesh
