#include "shared/channel.h"

std::shared_ptr<grpc::Channel> OpenLedger() {
  return grpc::CreateChannel("ledger:50051", grpc::InsecureChannelCredentials());
}

std::shared_ptr<grpc::Channel> OpenAudit() {
  return grpc::CreateChannel("audit:50051", grpc::InsecureChannelCredentials()); // NOLINT(transit-insecure-grpc)
}
