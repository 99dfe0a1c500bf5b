// cpp-httplib (with OpenSSL support), Poco::Net and Boost.Beast against
// Debian's real headers, through both front ends.
// REQUIRES: httplib-headers, poco-headers, boost-headers
// RUN: %check_transit %s transit-plaintext-http %t -- -std=c++17

#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
// CHECK-FIXES: #include <Poco/Net/HTTPSClientSession.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

void Httplib() {
  httplib::Client a("http://inventory.internal:8080");
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'httplib::Client' connects to an http:// URL, so requests and responses cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: httplib::Client a("https://inventory.internal:8080");
  httplib::Client b("inventory.internal", 8080);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'httplib::Client' built from a host and a port speaks plaintext HTTP; use httplib::SSLClient or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: httplib::SSLClient b("inventory.internal", 8080);
  httplib::Server server;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'httplib::Server' serves plaintext HTTP; use httplib::SSLServer with a certificate and key (CPPHTTPLIB_OPENSSL_SUPPORT) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  httplib::Client secure("https://inventory.internal");
  httplib::SSLClient ssl("inventory.internal", 443);
  // ZFN-3 carve-out: loopback only; the health probe of this very process.
  httplib::Client probe("http://127.0.0.1:8080");
  (void)a, (void)b, (void)secure, (void)ssl, (void)probe;
}

void PocoClients(Poco::Net::HTTPRequestHandlerFactory::Ptr factory, Poco::Net::SecureServerSocket &tls) {
  Poco::Net::HTTPClientSession session("billing.internal", 80);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'Poco::Net::HTTPClientSession' speaks plaintext HTTP; use Poco::Net::HTTPSClientSession or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-MESSAGES: :[[@LINE-2]]:32: note: HTTPSClientSession uses the default client Context of Poco's SSLManager: initialise it (Poco::Net::initializeSSL)
  // CHECK-FIXES: Poco::Net::HTTPSClientSession session("billing.internal", 80);
  Poco::Net::HTTPServer plain(factory, Poco::Net::ServerSocket(8080), new Poco::Net::HTTPServerParams);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'Poco::Net::HTTPServer' on a plain ServerSocket serves plaintext HTTP; give it a Poco::Net::SecureServerSocket or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  Poco::Net::HTTPServer secure(factory, tls, new Poco::Net::HTTPServerParams);
}

namespace beast = boost::beast;
namespace http = beast::http;

void Beast(beast::tcp_stream &plain, beast::ssl_stream<beast::tcp_stream> &secure,
           http::request<http::string_body> &req) {
  http::write(plain, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'http::write' carries HTTP over a plain TCP stream, so it is plaintext; use beast::ssl_stream or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  http::write(secure, req);
}
