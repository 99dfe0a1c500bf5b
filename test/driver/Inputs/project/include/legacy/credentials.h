#pragma once
#include <grpcpp/grpcpp.h>

namespace legacy {
std::shared_ptr<grpc::ChannelCredentials> Credentials();
} // namespace legacy
