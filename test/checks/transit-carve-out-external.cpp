// External destinations are never carved out: the site's own finding is
// reported with a note naming the destination, and transit-carve-out reports
// the comment. InternalHostPatterns replaces the default list (here: only
// *.acme.net and 10.*, so even *.internal is external).
// RUN: %check_transit %s 'transit-insecure-grpc,transit-carve-out' %t \
// RUN:   --config "{CheckOptions: {InternalHostPatterns: '*.acme.net; 10.*', ReportAcceptedCarveOuts: true}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs/grpc

#include <grpcpp/grpcpp.h>
#include <memory>

using Channel = std::shared_ptr<grpc::Channel>;

Channel billing() {
  // ZFN-3 carve-out: billing runs in the same VPC, encrypted by the provider; only order ids cross.
  return grpc::CreateChannel("billing.acme.net:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:56: remark: carve-out accepted: billing runs in the same VPC, encrypted by the provider (destination billing.acme.net) [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:56: note: accepted finding: {{.+}}
  // CHECK-MESSAGES: :{{[0-9]+}}:{{[0-9]+}}: note: carve-out: billing runs in the same VPC, encrypted by the provider; {{.+}}
}

Channel by_address() {
  // ZFN-3 carve-out: the 10/8 network is the VPC, encrypted by the provider; only order ids cross.
  return grpc::CreateChannel("ipv4:10.1.2.3:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:53: remark: carve-out accepted: the 10/8 network is the VPC, encrypted by the provider (destination 10.1.2.3) [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:53: note: accepted finding: {{.+}}
  // CHECK-MESSAGES: :{{[0-9]+}}:{{[0-9]+}}: note: carve-out: the 10/8 network is the VPC, encrypted by the provider; {{.+}}
}

Channel orders() {
  // ZFN-3 carve-out: same VPC, encrypted by the provider; only order ids cross.
  return grpc::CreateChannel("orders.internal:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-2]]:6: warning: carve-out on traffic to 'orders.internal', an external destination (not in InternalHostPatterns): external traffic is never carved out; use TLS [transit-carve-out]
  // CHECK-MESSAGES: :[[@LINE-2]]:55: warning: 'grpc::InsecureChannelCredentials' makes the channel send RPCs and their metadata in plaintext; use TLS channel credentials or add a 'ZFN-3 carve-out:' comment [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: a carve-out cannot cover traffic to 'orders.internal', an external destination (not in InternalHostPatterns): external traffic is never carved out
  // CHECK-FIXES: return grpc::CreateChannel("orders.internal:50051", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

Channel unknown(const char *target) {
  // ZFN-3 carve-out: same VPC, encrypted by the provider; only order ids cross.
  return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:38: remark: carve-out accepted: same VPC, encrypted by the provider [transit-insecure-grpc]
  // CHECK-MESSAGES: :[[@LINE-2]]:38: note: accepted finding: {{.+}}
  // CHECK-MESSAGES: :{{[0-9]+}}:{{[0-9]+}}: note: carve-out: same VPC, encrypted by the provider; {{.+}}
}
