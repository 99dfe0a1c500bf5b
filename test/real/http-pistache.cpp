// Pistache (libpistache-dev) against Debian's real headers, through every
// front end: endpoints served with and without useSSL, in place, through
// make_shared, held in a member set up in the constructor, and given by the
// caller. Debian 12's Pistache 0.0.5 has a template clang rejects (async.h reads
// this->chain_, a member Chainer<void> lacks); -fdelayed-template-parsing
// lets clang, and so every front end, read the headers.
// REQUIRES: pistache-headers
// RUN: %check_transit %s 'transit-plaintext-http' %t -- -std=c++17 -fdelayed-template-parsing

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <memory>

using namespace Pistache;

void Plain(Http::Endpoint::Options options) {
  Http::Endpoint server(Address(Ipv4::any(), Port(9080)));
  server.init(options);
  server.serve();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Pistache::Http::Endpoint::serve' serves plaintext HTTP: nothing here calls useSSL(cert, key) on the endpoint; call it before serving, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
}

void Secure() {
  auto server = std::make_shared<Http::Endpoint>(Address(Ipv4::any(), Port(9443)));
  server->useSSL("/etc/ssl/server.pem", "/etc/ssl/server.key");
  server->serveThreaded();
}

class Service {
public:
  explicit Service(Address addr) : endpoint_(std::make_shared<Http::Endpoint>(addr)) {}
  void start() { endpoint_->serve(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'Pistache::Http::Endpoint::serve' serves plaintext HTTP: {{.*}} [transit-plaintext-http]
private:
  std::shared_ptr<Http::Endpoint> endpoint_;
};

class SecureService {
public:
  explicit SecureService(Address addr) : endpoint_(std::make_shared<Http::Endpoint>(addr)) {
    endpoint_->useSSL("/etc/ssl/server.pem", "/etc/ssl/server.key");
  }
  void start() { endpoint_->serve(); }
private:
  std::shared_ptr<Http::Endpoint> endpoint_;
};

void Given(Http::Endpoint &server) { server.serve(); }

void Health() {
  Http::Endpoint health(Address(Ipv4::loopback(), Port(9081)));
  // ZFN-3 carve-out: the health endpoint binds 127.0.0.1 only; the kubelet probe reads it locally.
  health.serveThreaded();
}
