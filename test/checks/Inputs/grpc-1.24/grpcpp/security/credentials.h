// Mock of gRPC 1.20 - 1.32's <grpcpp/security/credentials.h>: the API lives
// in grpc_impl, and grpc:: forwards to it with inline functions.
#pragma once
#include <memory>
namespace grpc_impl {
class ChannelCredentials {};
struct SslCredentialsOptions {};
std::shared_ptr<ChannelCredentials> InsecureChannelCredentials();
std::shared_ptr<ChannelCredentials> SslCredentials(const SslCredentialsOptions &);
} // namespace grpc_impl
namespace grpc {
typedef ::grpc_impl::ChannelCredentials ChannelCredentials;
typedef ::grpc_impl::SslCredentialsOptions SslCredentialsOptions;
static inline std::shared_ptr<ChannelCredentials> InsecureChannelCredentials() {
  return ::grpc_impl::InsecureChannelCredentials();
}
static inline std::shared_ptr<ChannelCredentials>
SslCredentials(const SslCredentialsOptions &options) {
  return ::grpc_impl::SslCredentials(options);
}
} // namespace grpc
