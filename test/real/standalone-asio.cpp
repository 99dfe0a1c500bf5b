// Standalone Asio (Debian's libasio-dev) and POSIX sockets in C++.
// REQUIRES: asio-headers
// RUN: %check_transit %s transit-plaintext-socket %t -- -std=c++17

#include <asio.hpp>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

void Plain(asio::io_context &ioc, const asio::ip::tcp::endpoint &peer) {
  asio::ip::tcp::socket socket(ioc);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects
  socket.connect(peer);
  asio::write(socket, asio::buffer(std::string("PING\r\n")));
}

int Posix(SSL *ssl) {
  int plain = ::socket(AF_INET6, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'socket' creates a TCP socket (IPv6) that no TLS layer takes over
  ::close(plain);
  int wrapped = ::socket(AF_INET, SOCK_STREAM, 0);
  SSL_set_fd(ssl, wrapped);
  return SSL_connect(ssl);
}
