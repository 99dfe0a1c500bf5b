// Orders service: the server.
#include <grpcpp/grpcpp.h>

#include <memory>

namespace orders {

std::unique_ptr<grpc::Server> Serve(grpc::Service *service) {
  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(service);
  return builder.BuildAndStart();
}

} // namespace orders
