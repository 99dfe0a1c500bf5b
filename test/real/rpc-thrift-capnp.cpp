// Apache Thrift (libthrift-dev) and Cap'n Proto (libcapnp-dev) against
// Debian's real headers, through every front end: their plaintext TCP
// transports, built in place, with new, and through make_shared; Unix-domain
// paths; descriptors accepted elsewhere; the TLS transports; a carve-out.
// REQUIRES: thrift-headers, capnp-headers
// RUN: %check_transit %s 'transit-plaintext-socket' %t -- -std=c++17

#include <capnp/ez-rpc.h>
#include <thrift/transport/TSSLServerSocket.h>
#include <thrift/transport/TSSLSocket.h>
#include <thrift/transport/TServerSocket.h>
#include <thrift/transport/TSocket.h>
#include <memory>
#include <string>

using namespace apache::thrift::transport;

std::shared_ptr<TTransport> Client(const std::string &host) {
  std::shared_ptr<TTransport> socket(new TSocket(host, 9090));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'apache::thrift::transport::TSocket' connects over plaintext TCP, so every call crosses the network unencrypted; use TSSLSocketFactory::createSocket(host, port), or add a 'ZFN-3 carve-out:' comment [transit-plaintext-socket]
  return socket;
}

std::shared_ptr<TSocket> Made() {
  return std::make_shared<TSocket>("orders.internal", 9090);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'apache::thrift::transport::TSocket' connects over plaintext TCP, {{.*}} [transit-plaintext-socket]
}

void Server() {
  TServerSocket server(9090);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'apache::thrift::transport::TServerSocket' accepts plaintext TCP connections, so every call crosses the network unencrypted; use TSSLServerSocket with a TSSLSocketFactory, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-socket]
  auto bound = std::make_shared<TServerSocket>("0.0.0.0", 9091);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'apache::thrift::transport::TServerSocket' accepts plaintext TCP connections, {{.*}} [transit-plaintext-socket]
}

void UnixPaths() {
  TSocket local("/run/orders.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'apache::thrift::transport::TSocket' connects to a Unix-domain socket, whose traffic is never encrypted; add a 'ZFN-3 carve-out:' comment that keeps it on the host [transit-plaintext-socket]
  // ZFN-3 carve-out: the socket lives in this pod's emptyDir; only the sidecar reads it.
  TServerSocket listener("/run/orders.sock");
}

// The TLS transports, a socket accepted elsewhere, one not configured yet.
std::shared_ptr<TSocket> Secure(std::shared_ptr<TSSLSocketFactory> factory, THRIFT_SOCKET fd) {
  TSSLServerSocket server(9443, factory);
  TSocket accepted(fd);
  TSocket later;
  return factory->createSocket("orders.internal", 9443);
}

void CapnProto(const char *address, capnp::Capability::Client impl) {
  capnp::EzRpcClient client(address);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'capnp::EzRpcClient' connects over plaintext TCP, so every call crosses the network unencrypted; EzRpc has no TLS: use capnp::TwoPartyClient over a kj::TlsContext stream, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-socket]
  capnp::EzRpcServer server(kj::mv(impl), "*:5923");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'capnp::EzRpcServer' accepts plaintext TCP connections, {{.*}} [transit-plaintext-socket]
  capnp::EzRpcClient local("unix:/run/calc.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'capnp::EzRpcClient' connects to a Unix-domain socket, {{.*}} [transit-plaintext-socket]
  capnp::EzRpcClient given(3);
}
