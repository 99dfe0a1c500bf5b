// Mock of <grpcpp/security/server_credentials.h> (gRPC 1.51).
#pragma once
#include <grpc/grpc_security_constants.h>
#include <memory>
#include <string>
#include <vector>

namespace grpc {
class ServerCredentials {
public:
  virtual ~ServerCredentials() = default;
};
struct SslServerCredentialsOptions {
  SslServerCredentialsOptions()
      : force_client_auth(false),
        client_certificate_request(GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE) {}
  struct PemKeyCertPair {
    std::string private_key;
    std::string cert_chain;
  };
  std::string pem_root_certs;
  std::vector<PemKeyCertPair> pem_key_cert_pairs;
  bool force_client_auth;
  grpc_ssl_client_certificate_request_type client_certificate_request;
};
std::shared_ptr<ServerCredentials> SslServerCredentials(const SslServerCredentialsOptions &options);
std::shared_ptr<ServerCredentials> InsecureServerCredentials();
namespace experimental {
std::shared_ptr<ServerCredentials> LocalServerCredentials(grpc_local_connect_type type);
} // namespace experimental

class Server {};
class Service {};
class ServerBuilder {
public:
  ServerBuilder &AddListeningPort(const std::string &addr,
                                  std::shared_ptr<ServerCredentials> creds,
                                  int *selected_port = nullptr);
  ServerBuilder &RegisterService(Service *service);
  std::unique_ptr<Server> BuildAndStart();
};
} // namespace grpc
