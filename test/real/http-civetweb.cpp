// civetweb (libcivetweb-dev) against Debian's real headers, through every
// front end: listening_ports with and without the TLS suffix, the 8080
// default, options from elsewhere, and CivetServer's two option forms.
// REQUIRES: civetweb-headers
// RUN: %check_transit %s 'transit-plaintext-http' %t -- -std=c++17

#include <CivetServer.h>
#include <civetweb.h>
#include <string>
#include <vector>

struct mg_context *Plain(const struct mg_callbacks *callbacks) {
  const char *options[] = {"document_root", "/srv/www", "listening_ports", "8080,127.0.0.1:9090", NULL};
  return mg_start(callbacks, NULL, options);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'mg_start' listens in plaintext on 8080 and 127.0.0.1:9090 (listening_ports without the 's' suffix); make them TLS ports ("8080s") with ssl_certificate, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: a TLS port also needs the ssl_certificate option
}

struct mg_context *WithCertificate(const struct mg_callbacks *callbacks) {
  static const char *options[] = {"listening_ports", "80r,8443", "ssl_certificate", "/etc/ssl/server.pem", 0};
  return mg_start(callbacks, NULL, options);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'mg_start' listens in plaintext on 8443 {{.*}} [transit-plaintext-http]
  // CHECK-FIXES: static const char *options[] = {"listening_ports", "80r,8443s", "ssl_certificate", "/etc/ssl/server.pem", 0};
}

struct mg_context *Defaults(const struct mg_callbacks *callbacks) {
  const char *options[] = {"document_root", "/srv/www", NULL};
  mg_start(callbacks, NULL, options);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mg_start' sets no listening_ports, so it listens on port 8080 in plaintext; {{.*}} [transit-plaintext-http]
  return mg_start(callbacks, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'mg_start' without options listens on port 8080 in plaintext; {{.*}} [transit-plaintext-http]
}

struct mg_context *Secure(const struct mg_callbacks *callbacks, const char **configured) {
  const char *options[] = {"listening_ports", "443s", "ssl_certificate", "/etc/ssl/server.pem", NULL};
  mg_start(callbacks, NULL, configured);
  return mg_start(callbacks, NULL, options);
}

void Servers() {
  std::vector<std::string> options = {"listening_ports", "8081"};
  CivetServer server(options);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'CivetServer' listens in plaintext on 8081 {{.*}} [transit-plaintext-http]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: a TLS port also needs the ssl_certificate option
  const char *metrics[] = {"listening_ports", "127.0.0.1:9100", nullptr};
  // ZFN-3 carve-out: metrics listen on loopback only; the node agent scrapes them locally.
  CivetServer exporter(metrics);
}
