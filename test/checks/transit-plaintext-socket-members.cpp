// Sockets kept in members, built in a constructor's initializer list, or
// moved into a session that runs in another function or thread. Reported
// where they are created unless an SSL stream (or SSL_set_fd) takes them over
// somewhere in the translation unit.
// RUN: %check_transit %s transit-plaintext-socket %t -- -std=c++17 -isystem %S/Inputs/asio

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <memory>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace net = boost::asio;
using tcp = net::ip::tcp;

class WebServer {
public:
  void listenOn() {
    m_listenfd = socket(PF_INET, SOCK_STREAM, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'socket' creates a TCP socket (IPv4) that no TLS layer takes over
    listen(m_listenfd, 5);
  }
  void loop();

private:
  int m_listenfd = -1;
};
void WebServer::loop() { accept(m_listenfd, nullptr, nullptr); }

class HttpClient {
public:
  HttpClient();
  void get();

private:
  net::io_context ioc;
  tcp::socket sock;
};
HttpClient::HttpClient() : sock(ioc) {}
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects
void HttpClient::get() { net::write(sock, net::buffer("GET / HTTP/1.0\r\n\r\n")); }

void do_session(tcp::socket &socket) { net::write(socket, net::buffer("hi")); }
void plain_server(net::io_context &ioc, const tcp::endpoint &at) {
  tcp::acceptor acceptor{ioc, at};
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::acceptor' accepts connections that nothing here wraps in TLS
  for (;;) {
    tcp::socket socket{ioc};
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects
    acceptor.accept(socket);
    std::thread{std::bind(&do_session, std::move(socket))}.detach();
  }
}

// The silent counterparts.

class TlsServer {
public:
  explicit TlsServer(SSL_CTX *ctx) : ctx_(ctx) {}
  void start() { fd_ = socket(AF_INET, SOCK_STREAM, 0); }
  void serve() {
    int conn = accept(fd_, nullptr, nullptr);
    SSL *ssl = SSL_new(ctx_);
    SSL_set_fd(ssl, conn); /* in another method: still the same transport */
  }

private:
  SSL_CTX *ctx_;
  int fd_ = -1;
};

void do_tls_session(tcp::socket &socket, net::ssl::context &ctx) {
  net::ssl::stream<tcp::socket &> stream{socket, ctx};
}
void tls_server(net::io_context &ioc, const tcp::endpoint &at,
                net::ssl::context &ctx) {
  tcp::acceptor acceptor{ioc, at};
  for (;;) {
    tcp::socket socket{ioc};
    acceptor.accept(socket);
    std::thread{std::bind(&do_tls_session, std::move(socket), std::ref(ctx))}
        .detach();
  }
}

class TlsSession {
public:
  TlsSession(tcp::socket socket, net::ssl::context &ctx)
      : stream_(std::move(socket), ctx) {}

private:
  net::ssl::stream<tcp::socket> stream_;
};
void async_tls_server(net::io_context &ioc, const tcp::endpoint &at,
                      net::ssl::context &ctx) {
  tcp::acceptor acceptor{ioc, at};
  acceptor.async_accept([&ctx](boost::system::error_code, tcp::socket socket) {
    std::make_shared<TlsSession>(std::move(socket), ctx);
  });
}

// Boost's SSL server example: the acceptor accepts into a session's SSL
// stream, through a method returning its lowest layer.
class SslSession {
public:
  SslSession(net::io_context &ioc, net::ssl::context &ctx)
      : socket_(ioc, ctx) {}
  tcp::socket &socket() { return socket_.next_layer(); }

private:
  net::ssl::stream<tcp::socket> socket_;
};
net::ssl::context &server_context();
class SslServer {
public:
  SslServer(net::io_context &ioc, const tcp::endpoint &at)
      : ioc_(ioc), acceptor_(ioc, at) {}
  void start() {
    SslSession *session = new SslSession(ioc_, server_context());
    acceptor_.async_accept(session->socket(), [](boost::system::error_code) {});
  }

private:
  net::io_context &ioc_;
  tcp::acceptor acceptor_;
};
