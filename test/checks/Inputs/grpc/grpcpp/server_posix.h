// Mock of <grpcpp/server_posix.h> (gRPC 1.51).
#pragma once
#include <grpcpp/security/server_credentials.h>
namespace grpc {
void AddInsecureChannelFromFd(Server *server, int fd);
} // namespace grpc
