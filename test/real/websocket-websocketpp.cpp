// websocketpp (libwebsocketpp-dev) against Debian's real headers, through
// every front end: endpoints on the plain and the TLS Asio configs, through
// typedefs, in members, and on a config derived from a plain one.
// REQUIRES: websocketpp-headers
// RUN: %check_transit %s 'transit-plaintext-http' %t -- -std=c++17

#include <websocketpp/client.hpp>
#include <websocketpp/config/asio.hpp>
#include <websocketpp/config/asio_client.hpp>
#include <websocketpp/server.hpp>

typedef websocketpp::server<websocketpp::config::asio> plain_server;
typedef websocketpp::client<websocketpp::config::asio_tls_client> tls_client;

struct tuned_client : public websocketpp::config::asio_client {
  static const size_t connection_read_buffer_size = 16384;
};

class Feed {
  websocketpp::client<websocketpp::config::asio_client> client_;
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: 'websocketpp::client<websocketpp::config::asio_client>' connects to WebSockets (ws://) without TLS, so every message crosses the network in plaintext; use websocketpp::config::asio_tls_client with set_tls_init_handler (wss://), or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  tls_client secure_;
};

void Serve() {
  plain_server server;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'plain_server' serves WebSockets (ws://) without TLS, so every message crosses the network in plaintext; use websocketpp::config::asio_tls with set_tls_init_handler (wss://), or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  websocketpp::server<websocketpp::config::asio_tls> secure;
  websocketpp::client<tuned_client> tuned;
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'websocketpp::client<tuned_client>' connects to WebSockets (ws://) without TLS, {{.*}} [transit-plaintext-http]
  // ZFN-3 carve-out: the debug console listens on 127.0.0.1 only; it carries no customer data.
  websocketpp::server<websocketpp::config::asio> console;
}
