// Mock of <grpcpp/create_channel_posix.h> (gRPC 1.51).
#pragma once
#include <grpcpp/security/credentials.h>
#include <memory>
#include <string>
namespace grpc {
std::shared_ptr<grpc::Channel> CreateInsecureChannelFromFd(const std::string &target, int fd);
std::shared_ptr<grpc::Channel> CreateCustomInsecureChannelFromFd(const std::string &target, int fd,
                                                                 const grpc::ChannelArguments &args);
} // namespace grpc
