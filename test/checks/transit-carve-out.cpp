// transit-carve-out on its own: every site check is off, yet the sites are
// known (a carve-out next to one is not stale). Malformed markers, stale and
// misplaced carve-outs, carve-outs on authentication sites and on external
// destinations.
// RUN: %check_transit %s transit-carve-out %t -- -std=c++17 -isystem %S/Inputs/grpc

#include <grpcpp/grpcpp.h>
#include <memory>

extern "C" {
typedef void CURL;
typedef enum { CURLOPT_SSL_VERIFYPEER = 64, CURLOPT_URL = 10002 } CURLoption;
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
}

using Channel = std::shared_ptr<grpc::Channel>;

Channel guarded() {
  // ZFN-3 carve-out: loopback only, the agent shares the pod; a network attacker cannot reach lo.
  return grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials());
}

Channel became_secure() {
  // ZFN-3 carve-out: loopback only, the agent shares the pod; a network attacker cannot reach lo.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: carve-out guards no insecure site: nothing it is attached to sends traffic unencrypted (the site became secure, moved, or the comment is misplaced); remove it or move it to the site it is for [transit-carve-out]
  return grpc::CreateChannel("localhost:50051",
                             grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

// ZFN-3 carve-out: single VPC, encrypted by the provider; nothing sensitive.
// CHECK-MESSAGES: :[[@LINE-1]]:4: warning: carve-out guards no insecure site
int misplaced = 0;

Channel external() {
  // ZFN-3 carve-out: single VPC, encrypted by the provider; the partner is trusted.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: carve-out on traffic to 'api.partner.example.com', an external destination (not in InternalHostPatterns): external traffic is never carved out; use TLS [transit-carve-out]
  return grpc::CreateChannel("dns:///api.partner.example.com:443",
                             grpc::InsecureChannelCredentials());
}

Channel internal_name() {
  return grpc::CreateChannel(
      // ZFN-3 carve-out: single VPC, encrypted by the provider; replay is harmless here.
      "orders.svc.cluster.local:50051", grpc::InsecureChannelCredentials());
}

void authentication(CURL *curl) {
  // ZFN-3 carve-out: single VPC, encrypted by the provider; staging is self-signed.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: carve-out on a transit-unverified-peer site, which no carve-out can excuse: a carve-out covers transport encryption inside a perimeter, never authentication or weak TLS; fix the site and remove the comment [transit-carve-out]
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
}

// A site no check can judge (the URL comes from configuration): the carve-out
// may well be needed, so it is not called stale.
void from_config(CURL *curl, const char *url) {
  // ZFN-3 carve-out: the metrics sink is in this VPC, encrypted by the provider; counters only.
  curl_easy_setopt(curl, CURLOPT_URL, url);
}

// Every malformed form: reported wherever it is, and it excuses nothing.
Channel malformed() {
  // ZFN3 carve-out: loopback only; same pod.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}'ZFN3 carve-out:'{{.*}}; it excuses nothing until it follows the grammar 'ZFN-3 carve-out: <network-perimeter guarantee>; <threat-model justification>' [transit-carve-out]
  grpc::CreateChannel("localhost:1", grpc::InsecureChannelCredentials());
  // ZFN 3 carve-out: loopback only; same pod.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}'ZFN 3 carve-out:'
  grpc::CreateChannel("localhost:2", grpc::InsecureChannelCredentials());
  // zfn-3 Carve-Out: loopback only; same pod.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}'zfn-3 Carve-Out:'
  grpc::CreateChannel("localhost:3", grpc::InsecureChannelCredentials());
  // ZFN-3 carveout: loopback only; same pod.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}'ZFN-3 carveout:'
  grpc::CreateChannel("localhost:4", grpc::InsecureChannelCredentials());
  // ZFN-3 carve out: loopback only; same pod.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}'ZFN-3 carve out:'
  grpc::CreateChannel("localhost:5", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out loopback only; same pod.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}'ZFN-3 carve-out'
  grpc::CreateChannel("localhost:6", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out: loopback only, same pod.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}};{{.*}}
  grpc::CreateChannel("localhost:7", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out: ; nothing can reach it.
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}guarantee
  grpc::CreateChannel("localhost:8", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out: loopback only;
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}justification
  grpc::CreateChannel("localhost:9", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out: <network-perimeter guarantee>; <threat-model justification>
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}placeholder
  grpc::CreateChannel("localhost:10", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out: TODO; TBD
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}placeholder
  grpc::CreateChannel("localhost:11", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out: loopback only; ...
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}placeholder
  grpc::CreateChannel("localhost:12", grpc::InsecureChannelCredentials());
  // ZFN-3 carve-out: N/A; loopback only
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: this comment is not a valid carve-out: {{.*}}placeholder
  return grpc::CreateChannel("localhost:13", grpc::InsecureChannelCredentials());
}

// Ordinary comments that mention carve-outs are not carve-outs.
// See the team's ZFN-3 policy page before adding a carve-out.
