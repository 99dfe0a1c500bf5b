// The real-code idioms against Debian's real headers: librdkafka C++ with
// brokers from the command line, a ZeroMQ endpoint built from argv, a Beast
// tcp_stream carrying HTTP (one finding, at its declaration), an accepted
// socket handed to a session function.
// REQUIRES: rdkafka-headers, zmq-headers, boost-headers
// RUN: %check_transit %s transit-plaintext-messaging,transit-plaintext-http,transit-plaintext-socket %t -- -std=c++17

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <iostream>
#include <librdkafka/rdkafkacpp.h>
#include <string>
#include <thread>
#include <zmq.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

int produce(int argc, char **argv) {
  std::string brokers = argv[1];
  std::string errstr;
  RdKafka::Conf *conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  if (conf->set("bootstrap.servers", brokers, errstr) != RdKafka::Conf::CONF_OK)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'RdKafka::Conf::set' sets bootstrap.servers but nothing here sets security.protocol
    std::cerr << errstr << std::endl;
  RdKafka::Producer *producer = RdKafka::Producer::create(conf, errstr);
  return producer ? 0 : 1;
}

void request(char **argv) {
  zmq::context_t context(1);
  zmq::socket_t requester(context, ZMQ_REQ);
  std::string address = "tcp://" + std::string(argv[1]);
  requester.connect(address);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'zmq::socket_t::connect' uses a tcp:// endpoint on a socket without CURVE security
}

void get(net::io_context &ioc, const char *host, const char *port) {
  tcp::resolver resolver(ioc);
  beast::tcp_stream stream(ioc);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'beast::tcp_stream' carries HTTP that no SSL stream protects
  stream.connect(resolver.resolve(host, port));
  http::request<http::string_body> req{http::verb::get, "/", 11};
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response<http::dynamic_body> res;
  http::read(stream, buffer, res);
}

void do_session(tcp::socket &socket) {
  beast::flat_buffer buffer;
  http::request<http::string_body> req;
  http::read(socket, buffer, req);
}
void serve(net::io_context &ioc, const tcp::endpoint &at) {
  tcp::acceptor acceptor{ioc, at};
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::acceptor' accepts connections that nothing here wraps in TLS
  for (;;) {
    tcp::socket socket{ioc};
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ip::tcp::socket' carries bytes that no SSL stream protects
    acceptor.accept(socket);
    std::thread{std::bind(&do_session, std::move(socket))}.detach();
  }
}
