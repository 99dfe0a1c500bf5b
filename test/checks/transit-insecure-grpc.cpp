// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17 -isystem %S/Inputs/grpc

#include <grpcpp/create_channel_posix.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/server_posix.h>

// ---- Positives: every plaintext constructor of the C++ API. ----------------

void client() {
  auto channel = grpc::CreateChannel("orders.prod:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: 'grpc::InsecureChannelCredentials' makes the channel send RPCs and their metadata in plaintext; use TLS channel credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-FIXES: auto channel = grpc::CreateChannel("orders.prod:50051", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

void server(grpc::ServerBuilder &builder) {
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'grpc::InsecureServerCredentials' makes the server accept RPCs in plaintext; use TLS server credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:45: note: the TLS server needs its key and certificate: add them to SslServerCredentialsOptions::pem_key_cert_pairs
  // CHECK-FIXES: builder.AddListeningPort("0.0.0.0:50051", grpc::SslServerCredentials(grpc::SslServerCredentialsOptions()));
}

void unqualified() {
  using namespace grpc;
  auto creds = InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto creds = grpc::SslCredentials(grpc::SslCredentialsOptions());
  auto globally = ::grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto globally = grpc::SslCredentials(grpc::SslCredentialsOptions());
}

void from_fd(int fd, grpc::Server *server) {
  auto a = grpc::CreateInsecureChannelFromFd("peer", fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::CreateInsecureChannelFromFd' opens a plaintext channel over a socket descriptor; connect by address with TLS credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: gRPC has no TLS variant of channels over a descriptor
  auto b = grpc::CreateCustomInsecureChannelFromFd("peer", fd, grpc::ChannelArguments());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::CreateCustomInsecureChannelFromFd' opens a plaintext channel
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: gRPC has no TLS variant
  auto c = grpc::experimental::CreateCustomInsecureChannelWithInterceptorsFromFd(
      "peer", fd, grpc::ChannelArguments(), {});
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: 'grpc::experimental::CreateCustomInsecureChannelWithInterceptorsFromFd' opens a plaintext channel
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: gRPC has no TLS variant
  grpc::AddInsecureChannelFromFd(server, fd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'grpc::AddInsecureChannelFromFd' serves plaintext RPCs on a socket descriptor; listen on an address with TLS server credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: gRPC has no TLS variant of serving a descriptor
}

void local() {
  auto tcp = grpc::experimental::LocalCredentials(LOCAL_TCP);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'grpc::experimental::LocalCredentials' with LOCAL_TCP sends RPCs in plaintext over TCP; use TLS credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: LOCAL_TCP checks that the peer is on the loopback interface; it does not encrypt
  constexpr grpc_local_connect_type kType = LOCAL_TCP;
  auto server = grpc::experimental::LocalServerCredentials(kType);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'grpc::experimental::LocalServerCredentials' with LOCAL_TCP
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: LOCAL_TCP checks
}

// ---- A runtime choice: reported, but no fix-it (it would change the choice).

std::shared_ptr<grpc::ChannelCredentials> choose(bool use_tls) {
  return use_tls ? grpc::SslCredentials(grpc::SslCredentialsOptions())
                 : grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: no automatic fix: a condition chooses this transport at run time; make every branch use TLS
}

std::shared_ptr<grpc::Channel> choose_by_if(const std::string &target, bool use_tls) {
  if (use_tls)
    return grpc::CreateChannel(target, grpc::SslCredentials(grpc::SslCredentialsOptions()));
  return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: if (use_tls)
  // CHECK-FIXES-NEXT: return grpc::CreateChannel(target, grpc::SslCredentials(grpc::SslCredentialsOptions()));
  // CHECK-FIXES-NEXT: return grpc::CreateChannel(target, grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

// ---- One diagnostic per site, not per template instantiation. --------------

template <typename T> struct Client {
  std::shared_ptr<grpc::ChannelCredentials> creds() { return grpc::InsecureChannelCredentials(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: std::shared_ptr<grpc::ChannelCredentials> creds() { return grpc::SslCredentials(grpc::SslCredentialsOptions()); }
};
void instantiate() {
  Client<int>().creds();
  Client<long>().creds();
  Client<char>().creds();
}

// ---- Members, globals and initializers. ------------------------------------

auto GlobalCreds = grpc::InsecureChannelCredentials();
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'grpc::InsecureChannelCredentials' makes the channel
// CHECK-FIXES: auto GlobalCreds = grpc::SslCredentials(grpc::SslCredentialsOptions());

struct Stub {
  std::shared_ptr<grpc::ChannelCredentials> field = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: std::shared_ptr<grpc::ChannelCredentials> field = grpc::SslCredentials(grpc::SslCredentialsOptions());
  std::shared_ptr<grpc::ChannelCredentials> other;
  Stub() : other(grpc::InsecureChannelCredentials()) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: Stub() : other(grpc::SslCredentials(grpc::SslCredentialsOptions())) {}
};

// ---- Negatives: secure constructors, mentions, look-alikes. ----------------

namespace myorg {
std::shared_ptr<grpc::ChannelCredentials> InsecureChannelCredentials();
}

void silent(grpc::ServerBuilder &builder) {
  auto ssl = grpc::SslCredentials(grpc::SslCredentialsOptions());
  auto tls = grpc::experimental::TlsCredentials(grpc::experimental::TlsChannelCredentialsOptions());
  auto alts = grpc::experimental::AltsCredentials(grpc::experimental::AltsCredentialsOptions());
  auto gdc = grpc::GoogleDefaultCredentials();
  builder.AddListeningPort("0.0.0.0:443", grpc::SslServerCredentials(grpc::SslServerCredentialsOptions()));
  auto uds = grpc::experimental::LocalCredentials(UDS);
  auto mine = myorg::InsecureChannelCredentials();
  const char *doc = "never call grpc::InsecureChannelCredentials() in production";
  // grpc::InsecureChannelCredentials() would be wrong here.
  std::shared_ptr<grpc::ChannelCredentials> (*factory)() = nullptr;
  (void)ssl, (void)tls, (void)alts, (void)gdc, (void)uds, (void)mine, (void)doc, (void)factory;
}
