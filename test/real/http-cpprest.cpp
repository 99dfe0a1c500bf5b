// cpprestsdk (C++ REST SDK) against Debian's real headers (libcpprest-dev),
// through every front end: plaintext http_client and http_listener URLs,
// and certificate validation turned off on client and WebSocket configs.
// REQUIRES: cpprest-headers
// RUN: %check_transit %s 'transit-plaintext-http,transit-unverified-peer' %t -- -std=c++17

#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>
#include <cpprest/ws_client.h>

using namespace web::http::client;
using web::http::experimental::listener::http_listener;

void Clients(const utility::string_t &configured, const web::uri &base) {
  http_client a(U("http://inventory.internal:8080/items"));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'web::http::client::http_client' connects to an http:// URL, so requests and responses cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: http_client a(U("https://inventory.internal:8080/items"));
  http_client b(U("https://inventory.internal/items"));
  // From elsewhere: not known here, so no finding.
  http_client c(configured);
  http_client d(base);
  http_client_config config;
  config.set_validate_certificates(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'web::http::client::http_client_config::set_validate_certificates' turns server certificate verification off, so any certificate is accepted and anyone on the network path can impersonate the server; pass true: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: config.set_validate_certificates(true);
  config.set_validate_certificates(true);
  http_client e(web::uri(U("http://billing.internal")), config);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'web::http::client::http_client' connects to an http:// URL, {{.*}} [transit-plaintext-http]
  // CHECK-FIXES: http_client e(web::uri(U("https://billing.internal")), config);
  web::websockets::client::websocket_client_config ws;
  ws.set_validate_certificates(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'web::websockets::client::websocket_client_config::set_validate_certificates' turns server certificate verification off, {{.*}} [transit-unverified-peer]
  // CHECK-FIXES: ws.set_validate_certificates(true);
  // ZFN-3 carve-out: the sidecar listens on 127.0.0.1 in this pod; only health probes cross it.
  http_client sidecar(U("http://127.0.0.1:9000"));
}

// The URL through utility::conversions::to_string_t, and a client member
// built from a constant defined elsewhere in the file.
void Converted() {
  http_client c(utility::conversions::to_string_t("http://httpbin.internal/get"));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'web::http::client::http_client' connects to an http:// URL, {{.*}} [transit-plaintext-http]
  // CHECK-FIXES: http_client c(utility::conversions::to_string_t("https://httpbin.internal/get"));
  http_client d(utility::conversions::to_string_t(std::string("https://httpbin.internal/get")));
}

struct Api {
  Api();
  static const std::string Host;
  http_client client;
};
const std::string Api::Host = "http://api.internal";
// CHECK-FIXES: const std::string Api::Host = "https://api.internal";
Api::Api() : client(Host) {}
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'web::http::client::http_client' connects to an http:// URL, {{.*}} [transit-plaintext-http]
// CHECK-MESSAGES: :[[@LINE-4]]:31: note: URL defined here

void Listeners() {
  http_listener plain(U("http://0.0.0.0:8080/api"));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'web::http::experimental::listener::http_listener' listens on an http:// URL, so requests and responses cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: an https:// listener also needs its certificate and key: set them with http_listener_config::set_ssl_context_callback
  http_listener tls(U("https://0.0.0.0:8443/api"));
  http_listener later;
}
