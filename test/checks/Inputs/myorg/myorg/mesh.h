// An organisation's own credential factory, for the options test.
#pragma once
#include <grpcpp/security/credentials.h>
namespace myorg {
std::shared_ptr<grpc::ChannelCredentials> MeshChannelCredentials();
}
