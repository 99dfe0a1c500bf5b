// Sites written through macros: reported once per expansion site, carve-outs
// accepted where the user wrote them (at the expansion or in the macro), and
// no fix-it inside a macro body.
// RUN: %check_transit %s transit-insecure-grpc %t -- -std=c++17 -isystem %S/Inputs/grpc

#include <grpcpp/grpcpp.h>

#define PLAINTEXT_CREDS() grpc::InsecureChannelCredentials()
// CHECK-FIXES: #define PLAINTEXT_CREDS() grpc::InsecureChannelCredentials()
#define CHANNEL(target, creds) grpc::CreateChannel(target, creds)

#define CARVED_OUT_CREDS()                                                     \
  /* ZFN-3 carve-out: loopback; the macro is only used by in-pod probes. */   \
  grpc::InsecureChannelCredentials()

void body() {
  auto a = PLAINTEXT_CREDS();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :8:27: note: expanded from macro 'PLAINTEXT_CREDS'
  // CHECK-FIXES: auto a = PLAINTEXT_CREDS();
}

void argument() {
  auto b = CHANNEL("orders:50051", grpc::InsecureChannelCredentials());
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'grpc::InsecureChannelCredentials' makes the channel
  // CHECK-MESSAGES: :10:60: note: expanded from macro 'CHANNEL'
  // CHECK-FIXES: auto b = CHANNEL("orders:50051", grpc::SslCredentials(grpc::SslCredentialsOptions()));
}

void carve_out_at_expansion() {
  // ZFN-3 carve-out: loopback; health probe inside the pod.
  auto c = PLAINTEXT_CREDS();
  // ZFN-3 carve-out: loopback; health probe inside the pod.
  auto d = CHANNEL("localhost:1", grpc::InsecureChannelCredentials());
}

void carve_out_in_macro_definition() {
  auto e = CARVED_OUT_CREDS();
}
