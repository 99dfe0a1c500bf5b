// A gRPC test server and client over grpc++ and protobuf headers: the shape
// of the corpus' gRPC services (generic service, builder, insecure channel).
#include <google/protobuf/message.h>
#include <grpcpp/generic/async_generic_service.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/server_credentials.h>
#include <memory>
#include <string>
#include <thread>

class Server {
public:
  explicit Server(std::string Address) : Address(std::move(Address)) {}

  void run() {
    grpc::ServerBuilder Builder;
    Builder.AddListeningPort(Address, grpc::InsecureServerCredentials());
    Builder.RegisterAsyncGenericService(&Generic);
    Queue = Builder.AddCompletionQueue();
    Instance = Builder.BuildAndStart();
    Instance->Wait();
  }

private:
  std::string Address;
  grpc::AsyncGenericService Generic;
  std::unique_ptr<grpc::ServerCompletionQueue> Queue;
  std::unique_ptr<grpc::Server> Instance;
};

std::shared_ptr<grpc::Channel> connect(const std::string &Target) {
  grpc::ChannelArguments Args;
  Args.SetMaxReceiveMessageSize(16 << 20);
  return grpc::CreateCustomChannel(Target, grpc::InsecureChannelCredentials(),
                                   Args);
}

std::shared_ptr<grpc::Channel> connectSecure(const std::string &Target) {
  return grpc::CreateChannel(Target,
                             grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

int main() {
  Server S("0.0.0.0:50051");
  std::thread T([&] { S.run(); });
  auto Channel = connect("localhost:50051");
  auto Secure = connectSecure("orders.internal:443");
  T.join();
  return Channel && Secure ? 0 : 1;
}
