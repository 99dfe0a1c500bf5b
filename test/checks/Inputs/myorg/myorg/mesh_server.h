// An organisation's own server credential factory, for the options test.
#pragma once
#include <grpcpp/security/server_credentials.h>
namespace myorg {
std::shared_ptr<grpc::ServerCredentials> MeshServerCredentials();
}
