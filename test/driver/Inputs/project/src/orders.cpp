#include "shared/channel.h"
#include <libpq-fe.h>

PGconn *OpenOrders() {
  return PQconnectdb("host=orders-db.internal dbname=orders");
}

std::shared_ptr<grpc::Channel> OpenTelemetry() {
  // ZFN-3 carve-out: loopback only, the collector runs in this pod; spans carry no PII.
  return grpc::CreateChannel("127.0.0.1:4317", grpc::InsecureChannelCredentials());
}
