// cpp-httplib without CPPHTTPLIB_OPENSSL_SUPPORT: there is no SSLClient to
// switch to, so a note says how to get one instead of a fix-it.
// REQUIRES: httplib-headers
// RUN: %check_transit %s transit-plaintext-http %t -- -std=c++17

#include <httplib.h>

void f() {
  httplib::Client client("inventory.internal", 8080);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'httplib::Client' built from a host and a port speaks plaintext HTTP; use httplib::SSLClient or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: httplib::SSLClient is declared only when CPPHTTPLIB_OPENSSL_SUPPORT is defined before <httplib.h> (and OpenSSL is linked)
  (void)client;
}
