// One finding per transport, named for what it carries: a Beast tcp_stream
// or Asio socket that carries HTTP in the function that declares it is one
// transit-plaintext-http finding at its declaration, not a socket finding
// there plus one per read and write. Handed elsewhere, it is a socket.
// RUN: %check_transit %s transit-plaintext-http,transit-plaintext-socket %t -- -std=c++17 -isystem %S/Inputs/asio

#include <boost/beast.hpp>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

void client(net::io_context &ioc, const tcp::endpoint &at) {
  beast::tcp_stream stream(ioc);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'beast::tcp_stream' carries HTTP that no SSL stream protects, so requests and responses cross the network in plaintext; use beast::ssl_stream<beast::tcp_stream> with an ssl::context, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  stream.connect(at);
  http::request<http::string_body> req;
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res);
}

void socket_client(net::io_context &ioc, const tcp::endpoint &at) {
  tcp::socket socket(ioc);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'ip::tcp::socket' carries HTTP that no SSL stream protects
  socket.connect(at);
  http::write(socket, http::request<http::string_body>());
}

void serve(tcp::socket &socket) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  http::read(socket, buffer, req); /* the socket is reported where it is made */
}
void server(net::io_context &ioc, const tcp::endpoint &at) {
  tcp::acceptor acceptor{ioc, at};
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::acceptor' accepts connections that nothing here wraps in TLS
  tcp::socket socket{ioc};
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects
  acceptor.accept(socket);
  serve(socket);
}

void from_outside(beast::tcp_stream &stream) {
  http::write(stream, http::request<http::string_body>()); /* made elsewhere */
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'http::write' carries HTTP over a plain TCP stream
}

// The silent counterpart.

void tls_client(net::io_context &ioc, net::ssl::context &ctx,
                const tcp::endpoint &at) {
  beast::ssl_stream<beast::tcp_stream> stream(ioc, ctx);
  http::write(stream, http::request<http::string_body>());
}

// A session's tcp_stream built around the accepted socket is that socket's
// transport: reported once, at the acceptor.
class Session {
public:
  explicit Session(tcp::socket &&socket) : stream_(std::move(socket)) {}
  void read() { http::read(stream_, buffer_, req_); }

private:
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> req_;
};
void accept_sessions(net::io_context &ioc, const tcp::endpoint &at) {
  tcp::acceptor acceptor{ioc, at};
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::acceptor' accepts connections that nothing here wraps in TLS
  acceptor.async_accept([](boost::system::error_code, tcp::socket socket) {
    Session(std::move(socket)).read();
  });
}
