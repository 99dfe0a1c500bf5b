// A small but realistic gRPC client and server against Debian's real
// libgrpc++-dev headers: flagged as expected in both front ends, carve-outs
// honoured, and the file still compiles after the fixes.
// REQUIRES: grpc-headers
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17

#include <grpcpp/create_channel_posix.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_posix.h>

#include <memory>
#include <string>

namespace orders {

class OrdersClient {
public:
  explicit OrdersClient(const std::string &target)
      : channel_(grpc::CreateChannel(target, grpc::InsecureChannelCredentials())) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'grpc::InsecureChannelCredentials' makes the channel send RPCs and their metadata in plaintext; use TLS channel credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-FIXES: : channel_(grpc::CreateChannel(target, grpc::SslCredentials(grpc::SslCredentialsOptions()))) {}

private:
  std::shared_ptr<grpc::Channel> channel_;
};

std::shared_ptr<grpc::Channel> SidecarChannel() {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(4 << 20);
  // ZFN-3 carve-out: loopback only, the Envoy sidecar in the same pod
  // terminates mTLS; the hop never leaves the pod's network namespace.
  return grpc::CreateCustomChannel("127.0.0.1:15001", grpc::InsecureChannelCredentials(), args);
}

std::unique_ptr<grpc::Server> Serve(grpc::Service *service, int fd) {
  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'grpc::InsecureServerCredentials' makes the server accept RPCs in plaintext; use TLS server credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:45: note: the TLS server needs its key and certificate: add them to SslServerCredentialsOptions::pem_key_cert_pairs
  // CHECK-FIXES: builder.AddListeningPort("0.0.0.0:50051", grpc::SslServerCredentials(grpc::SslServerCredentialsOptions()));
  builder.AddListeningPort("unix:/run/orders.sock",
                           grpc::experimental::LocalServerCredentials(UDS));
  builder.AddListeningPort("127.0.0.1:50052",
                           grpc::experimental::LocalServerCredentials(LOCAL_TCP));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'grpc::experimental::LocalServerCredentials' with LOCAL_TCP sends RPCs in plaintext over TCP
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: LOCAL_TCP checks that the peer is on the loopback interface; it does not encrypt
  builder.RegisterService(service);
  auto server = builder.BuildAndStart();
  grpc::AddInsecureChannelFromFd(server.get(), fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'grpc::AddInsecureChannelFromFd' serves plaintext RPCs on a socket descriptor
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: gRPC has no TLS variant of serving a descriptor
  return server;
}

std::shared_ptr<grpc::ChannelCredentials> Secure(const std::string &roots) {
  grpc::SslCredentialsOptions options;
  options.pem_root_certs = roots;
  return grpc::SslCredentials(options);
}

} // namespace orders
