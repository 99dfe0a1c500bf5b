#include <grpcpp/grpcpp.h>
#include <libpq-fe.h>
PGconn *g() {
  return PQconnectdb("host=db.internal");
}
void f() {
  auto c = grpc::InsecureChannelCredentials(;
  int x = ;
