// Boost.Asio and Beast against Debian's real libboost-dev and libssl-dev
// headers: plain sockets, acceptors and streams are flagged; those that go
// into an SSL stream are not.
// REQUIRES: boost-headers
// RUN: %check_transit %s transit-plaintext-socket %t -- -std=c++17

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <memory>
#include <string>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;

std::string FetchPlain(asio::io_context &ioc, const tcp::endpoint &peer) {
  tcp::socket socket(ioc);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects; use ssl::stream<ip::tcp::socket> (or beast::ssl_stream) with an ssl::context, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-socket]
  socket.connect(peer);
  asio::write(socket, asio::buffer(std::string("PING\r\n")));
  std::string reply(64, '\0');
  socket.read_some(asio::buffer(reply));
  return reply;
}

void ServePlain(asio::io_context &ioc) {
  tcp::acceptor acceptor(ioc, tcp::endpoint(tcp::v4(), 8080));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::acceptor' accepts connections that nothing here wraps in TLS; use ssl::stream<tcp::socket> (or beast::ssl_stream) with an ssl::context, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-socket]
  tcp::socket peer = acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects
  asio::write(peer, asio::buffer(std::string("hello\n")));
}

void ServeTls(asio::io_context &ioc, ssl::context &ctx) {
  tcp::acceptor acceptor(ioc, tcp::endpoint(tcp::v4(), 8443));
  tcp::socket socket = acceptor.accept();
  ssl::stream<tcp::socket> stream(std::move(socket), ctx);
  stream.handshake(ssl::stream_base::server);
  asio::write(stream, asio::buffer(std::string("hello\n")));
}

class Session : public std::enable_shared_from_this<Session> {
public:
  explicit Session(tcp::socket socket) : socket_(std::move(socket)) {}
  void Start() {
    auto self = shared_from_this();
    asio::async_read(socket_, asio::buffer(buffer_),
                     [self](boost::system::error_code, std::size_t) {});
  }

private:
  tcp::socket socket_; // moved in from Sessions' accepted socket: reported there
  char buffer_[512];
};

class TlsSession {
public:
  TlsSession(tcp::socket socket, ssl::context &ctx) : stream_(std::move(socket), ctx) {}
  void Start() { stream_.async_handshake(ssl::stream_base::server, [](boost::system::error_code) {}); }

private:
  beast::ssl_stream<beast::tcp_stream> stream_;
};

void HttpPlain(asio::io_context &ioc, const tcp::endpoint &peer) {
  beast::tcp_stream stream(ioc); // carries HTTP: transit-plaintext-http's (http-beast.cpp)
  stream.connect(peer);
  http::request<http::string_body> req{http::verb::get, "/health", 11};
  http::write(stream, req);
}

void Datagrams(asio::io_context &ioc, const asio::ip::udp::endpoint &peer) {
  asio::ip::udp::socket socket(ioc, asio::ip::udp::v4());
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'ip::udp::socket' carries datagrams that no SSL stream protects
  socket.send_to(asio::buffer(std::string("stat:1|c")), peer);
  // ZFN-3 carve-out: loopback only; statsd agent on this node, public counters.
  asio::ip::udp::socket stats(ioc, asio::ip::udp::v4());
  stats.send_to(asio::buffer(std::string("stat:1|c")), peer);
}

void Sessions(asio::io_context &ioc) {
  tcp::acceptor acceptor(ioc, tcp::endpoint(tcp::v4(), 9000));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::acceptor' accepts connections
  tcp::socket socket = acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects
  std::make_shared<Session>(std::move(socket))->Start(); // Session keeps it plain
}
