#include <grpcpp/grpcpp.h>
#include <memory>

std::shared_ptr<grpc::Channel> guarded() {
  // ZFN-3 carve-out: loopback only, same pod; the agent is on lo.
  return grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials());
}

// ZFN-3 carve-out: loopback only, same pod; nothing here sends anything.
int stale = 0;
