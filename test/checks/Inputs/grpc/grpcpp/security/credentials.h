// Mock of <grpcpp/security/credentials.h> (gRPC 1.51): the declarations the
// checks match, with gRPC's real names, namespaces and signatures.
#pragma once
#include <grpc/grpc_security_constants.h>
#include <memory>
#include <string>

namespace grpc {
class ChannelCredentials {
public:
  virtual ~ChannelCredentials() = default;
};
class CallCredentials {};
struct SslCredentialsOptions {
  std::string pem_root_certs;
  std::string pem_private_key;
  std::string pem_cert_chain;
};
std::shared_ptr<ChannelCredentials> SslCredentials(const SslCredentialsOptions &options);
std::shared_ptr<ChannelCredentials> InsecureChannelCredentials();
std::shared_ptr<ChannelCredentials> GoogleDefaultCredentials();
namespace experimental {
struct AltsCredentialsOptions {};
std::shared_ptr<ChannelCredentials> AltsCredentials(const AltsCredentialsOptions &options);
std::shared_ptr<ChannelCredentials> LocalCredentials(grpc_local_connect_type type);
class TlsChannelCredentialsOptions {};
std::shared_ptr<ChannelCredentials> TlsCredentials(const TlsChannelCredentialsOptions &options);
} // namespace experimental

class ChannelArguments {};
class Channel {};
std::shared_ptr<Channel> CreateChannel(const std::string &target,
                                       const std::shared_ptr<ChannelCredentials> &creds);
std::shared_ptr<Channel> CreateCustomChannel(const std::string &target,
                                             const std::shared_ptr<ChannelCredentials> &creds,
                                             const ChannelArguments &args);
} // namespace grpc
