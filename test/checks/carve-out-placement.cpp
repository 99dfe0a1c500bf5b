// Every accepted placement and form of a carve-out, and every near miss, on
// transit-insecure-grpc sites (the grammar is shared by all site checks).
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17 -isystem %S/Inputs/grpc

#include <grpcpp/grpcpp.h>

using Creds = std::shared_ptr<grpc::ChannelCredentials>;
void use(Creds);

// ---- Accepted: silent. -----------------------------------------------------

void accepted_forms() {
  // ZFN-3 carve-out: loopback only, both processes share the pod; counters only.
  auto line_above = grpc::InsecureChannelCredentials();

  // ZFN-3 carve-out: traffic stays inside the prod-us-east VPC and never
  // leaves; payload is already-public rate-limit counters with no PII and no
  // auth-bearing tokens.
  auto run_of_lines = grpc::InsecureChannelCredentials();

  /* ZFN-3 carve-out: unix-domain socket inside the pod; no network path. */
  auto block = grpc::InsecureChannelCredentials();

  /*
   * ZFN-3 carve-out: loopback only;
   * the sidecar terminates mTLS for us.
   */
  auto multi_line_block = grpc::InsecureChannelCredentials();

  auto trailing = grpc::InsecureChannelCredentials(); // ZFN-3 carve-out: loopback; health checks only

  auto trailing_continued = grpc::InsecureChannelCredentials(); // ZFN-3 carve-out: loopback;
                                                                // health checks only, no payload

  use(grpc::CreateChannel("localhost:50051", // ZFN-3 carve-out: loopback; test fixture
                          grpc::InsecureChannelCredentials()) ? nullptr : nullptr);

  auto inside = grpc::CreateChannel(
      // ZFN-3 carve-out: loopback only; the peer is our own sidecar.
      "localhost:15001", grpc::InsecureChannelCredentials());

  /* ZFN-3 carve-out: loopback; fixture */ auto leading = grpc::InsecureChannelCredentials();

  // Talks to the metrics sidecar.
  // ZFN-3 carve-out: loopback only; the sidecar only reads public counters.
  auto marker_after_text = grpc::InsecureChannelCredentials();

  // ZFN-3 carve-out: in-pod only; münchen-rz Zähler, keine personenbezogenen Daten.
  auto utf8 = grpc::InsecureChannelCredentials();

  // ZFN-3 carve-out: loopback; the if and its body form one statement.
  if (true)
    use(grpc::InsecureChannelCredentials());
}

struct Member {
  Creds creds;
  Member()
      // ZFN-3 carve-out: loopback; test double of the payment service.
      : creds(grpc::InsecureChannelCredentials()) {}
  // ZFN-3 carve-out: loopback; test double.
  Creds field = grpc::InsecureChannelCredentials();
};

// ZFN-3 carve-out: loopback; global test fixture.
Creds Global = grpc::InsecureChannelCredentials();

// ZFN-3 carve-out: loopback; the default argument of a test helper.
void connect_for_tests(Creds creds = grpc::InsecureChannelCredentials());

// ---- Rejected: reported, with a note saying what is wrong. -----------------

void rejected() {
  // ZFN-3 carve-out: loopback only; counters.

  auto blank_line = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto blank_line = grpc::SslCredentials(grpc::SslCredentialsOptions());

  // ZFN-3 carve-out: loopback only; counters.
  int code_line_between = 0;
  auto after_code = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto after_code = grpc::SslCredentials(grpc::SslCredentialsOptions());

  int x = 0; // ZFN-3 carve-out: loopback only; trails the line above
  auto trailing_above = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto trailing_above = grpc::SslCredentials(grpc::SslCredentialsOptions());

  // ZFN-3 carve-out: loopback only; covers the first statement only.
  auto first = grpc::InsecureChannelCredentials();
  auto second = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto second = grpc::SslCredentials(grpc::SslCredentialsOptions());

  // ZFN-3 carve-out: loopback only; a block is not the statement of its sites.
  {
    auto in_block = grpc::InsecureChannelCredentials();
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'grpc::InsecureChannelCredentials' makes the channel
    // CHECK-FIXES: auto in_block = grpc::SslCredentials(grpc::SslCredentialsOptions());
  }

  const char *text = "ZFN-3 carve-out: loopback; a string, not a comment";
  auto after_string = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-FIXES: auto after_string = grpc::SslCredentials(grpc::SslCredentialsOptions());
  (void)code_line_between, (void)x, (void)text;
}

void near_misses() {
  // ZFN3 carve-out: loopback only; counters.
  auto a = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: this comment is not a valid carve-out: the marker must be written exactly 'ZFN-3 carve-out:', found 'ZFN3 carve-out:'
  // CHECK-FIXES: auto a = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // zfn-3 Carve-Out: loopback only; counters.
  auto b = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: this comment is not a valid carve-out: the marker must be written exactly 'ZFN-3 carve-out:', found 'zfn-3 Carve-Out:'
  // CHECK-FIXES: auto b = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // ZFN-3 carve out: loopback only; counters.
  auto c = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: {{.*}} found 'ZFN-3 carve out:'
  // CHECK-FIXES: auto c = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // ZFN-3 carve-out loopback only; counters.
  auto d = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: {{.*}} found 'ZFN-3 carve-out'
  // CHECK-FIXES: auto d = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // ZFN-3 carve-out: loopback only, counters.
  auto e = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: this comment is not a valid carve-out: ';' is missing between the network-perimeter guarantee and the threat-model justification
  // CHECK-FIXES: auto e = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // ZFN-3 carve-out: ; counters.
  auto f = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: this comment is not a valid carve-out: the network-perimeter guarantee before ';' is empty
  // CHECK-FIXES: auto f = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // ZFN-3 carve-out: loopback only;
  auto g = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: this comment is not a valid carve-out: the threat-model justification after ';' is empty
  // CHECK-FIXES: auto g = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // ZFN-3 carve-out: <network-perimeter guarantee>; <threat-model justification>
  auto h = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: this comment is not a valid carve-out: the network-perimeter guarantee is a placeholder ('<network-perimeter guarantee>'), not a guarantee
  // CHECK-FIXES: auto h = grpc::SslCredentials(grpc::SslCredentialsOptions());
  // ZFN-3 carve-out: loopback only; TODO
  auto i = grpc::InsecureChannelCredentials();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: this comment is not a valid carve-out: the threat-model justification is a placeholder ('TODO'), not a justification
  // CHECK-FIXES: auto i = grpc::SslCredentials(grpc::SslCredentialsOptions());
  auto j = grpc::InsecureChannelCredentials(); // ZFN-3 carve-out: N/A; N/A
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :[[@LINE-2]]:51: note: this comment is not a valid carve-out: the network-perimeter guarantee is a placeholder ('N/A'), not a guarantee
  // CHECK-FIXES: auto j = grpc::SslCredentials(grpc::SslCredentialsOptions());
}
