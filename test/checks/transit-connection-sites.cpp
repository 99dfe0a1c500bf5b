// ReportConnectionSites in C++: gRPC credentials that encrypt, https:// and
// useSSL requests, and what the checks cannot judge (see the .c test).
// RUN: %check_transit %s 'transit-*' %t \
// RUN:   --config "{CheckOptions: {ReportConnectionSites: true}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs/grpc -isystem %S/Inputs/httpclients

#include <cpr/cpr.h>
#include <drogon/HttpClient.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/credentials.h>

#include <string>

std::shared_ptr<grpc::Channel> grpcSites() {
  auto tls = grpc::CreateChannel("billing.internal:443", grpc::SslCredentials(grpc::SslCredentialsOptions()));
  // CHECK-MESSAGES: :[[@LINE-1]]:58: remark: connection encrypted: 'grpc::SslCredentials': credentials that encrypt [transit-insecure-grpc]
  return grpc::CreateChannel("orders.internal:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: 'grpc::InsecureChannelCredentials' makes the channel send RPCs {{.*}} [transit-insecure-grpc]
  // CHECK-FIXES: return grpc::CreateChannel("orders.internal:50051", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

template <typename T> void everyInstantiation(T) {
  auto c = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // Once, not once per instantiation.
  // CHECK-MESSAGES: :[[@LINE-2]]:12: remark: connection encrypted: 'grpc::SslCredentials': credentials that encrypt [transit-insecure-grpc]
}
void twoInstantiations() { everyInstantiation(1); everyInstantiation(2.0); }

void httpSites(const std::string &configured, bool ssl) {
  cpr::Get(cpr::Url{"https://inventory.internal/items"});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: remark: connection encrypted: 'cpr::Url': an https:// URL [transit-plaintext-http]
  cpr::Get(cpr::Url{configured});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: remark: connection not judged: 'cpr::Url': the URL is not known here [transit-plaintext-http]
  drogon::HttpClient::newHttpClient("10.0.0.7", 8443, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: remark: connection encrypted: 'drogon::HttpClient::newHttpClient': useSSL is true [transit-plaintext-http]
  drogon::HttpClient::newHttpClient("10.0.0.7", 8443, ssl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: remark: connection not judged: 'drogon::HttpClient::newHttpClient': useSSL is not known here [transit-plaintext-http]
  // A scheme-less value is not provably https: no evidence either way.
  cpr::Get(cpr::Url{"inventory.internal/items"});
}
