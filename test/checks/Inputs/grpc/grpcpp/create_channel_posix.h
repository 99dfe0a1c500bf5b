// Mock of <grpcpp/create_channel_posix.h> (gRPC 1.51).
#pragma once
#include <grpcpp/security/credentials.h>
#include <memory>
#include <string>
#include <vector>
namespace grpc {
std::shared_ptr<grpc::Channel> CreateInsecureChannelFromFd(const std::string &target, int fd);
std::shared_ptr<grpc::Channel> CreateCustomInsecureChannelFromFd(const std::string &target, int fd,
                                                                 const grpc::ChannelArguments &args);
} // namespace grpc
namespace grpc {
namespace experimental {
class ClientInterceptorFactoryInterface {
public:
  virtual ~ClientInterceptorFactoryInterface() = default;
};
std::shared_ptr<grpc::Channel> CreateCustomInsecureChannelWithInterceptorsFromFd(
    const std::string &target, int fd, const grpc::ChannelArguments &args,
    std::vector<std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>>
        interceptor_creators);
} // namespace experimental
} // namespace grpc
