// Beast's synchronous HTTPS client (the shape of Beast's own example), over
// boost/beast/ssl.hpp, Asio and OpenSSL, plus a plaintext helper.
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/rfc2818_verification.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/version.hpp>
#include <iostream>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

std::string fetch(const std::string &Host, const std::string &Target) {
  net::io_context Io;
  ssl::context Ctx(ssl::context::tlsv12_client);
  Ctx.set_default_verify_paths();
  Ctx.set_verify_mode(ssl::verify_peer);
  tcp::resolver Resolver(Io);
  beast::ssl_stream<beast::tcp_stream> Stream(Io, Ctx);
  if (!SSL_set_tlsext_host_name(Stream.native_handle(), Host.c_str()))
    throw beast::system_error(beast::error_code(
        static_cast<int>(::ERR_get_error()), net::error::get_ssl_category()));
  Stream.set_verify_callback(ssl::rfc2818_verification(Host));
  auto const Results = Resolver.resolve(Host, "443");
  beast::get_lowest_layer(Stream).connect(Results);
  Stream.handshake(ssl::stream_base::client);
  http::request<http::string_body> Req{http::verb::get, Target, 11};
  Req.set(http::field::host, Host);
  Req.set(http::field::user_agent, BOOST_BEAST_VERSION_STRING);
  http::write(Stream, Req);
  beast::flat_buffer Buffer;
  http::response<http::dynamic_body> Res;
  http::read(Stream, Buffer, Res);
  beast::error_code Ec;
  Stream.shutdown(Ec);
  return beast::buffers_to_string(Res.body().data());
}

std::string fetchPlain(const std::string &Host) {
  net::io_context Io;
  tcp::resolver Resolver(Io);
  beast::tcp_stream Stream(Io);
  Stream.connect(Resolver.resolve(Host, "80"));
  http::request<http::empty_body> Req{http::verb::get, "/", 11};
  http::write(Stream, Req);
  beast::flat_buffer Buffer;
  http::response<http::string_body> Res;
  http::read(Stream, Buffer, Res);
  return Res.body();
}

int main(int argc, char **argv) {
  if (argc < 3)
    return 1;
  std::cout << fetch(argv[1], argv[2]) << fetchPlain(argv[1]);
}
