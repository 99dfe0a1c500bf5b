// An accepted carve-out's remark names the literal destination host, for the
// audit (and for the external-destination rule of transit-carve-out).
// RUN: %check_transit %s transit-plaintext-http %t \
// RUN:   --config "{CheckOptions: {ReportAcceptedCarveOuts: true}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs/httpclients

#include <cpr/cpr.h>

void f() {
  // ZFN-3 carve-out: loopback only; the Envoy sidecar in this pod originates mTLS.
  cpr::Response r = cpr::Get(cpr::Url{"http://127.0.0.1:15001/items"});
  // CHECK-MESSAGES: :[[@LINE-1]]:30: remark: carve-out accepted: loopback only (destination 127.0.0.1) [transit-plaintext-http]
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: accepted finding: {{.+}}
  // CHECK-MESSAGES: :{{[0-9]+}}:{{[0-9]+}}: note: carve-out: loopback only; {{.+}}
  (void)r;
}
