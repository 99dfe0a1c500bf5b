// The parts of Boost.Beast the checks read (1.74): tcp_stream, ssl_stream
// and HTTP read / write.
#ifndef MOCK_BOOST_BEAST_HPP
#define MOCK_BOOST_BEAST_HPP
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
namespace boost {
namespace beast {
template <typename Protocol, typename Executor = asio::any_io_executor>
class basic_stream {
public:
  explicit basic_stream(asio::io_context &);
  explicit basic_stream(asio::basic_stream_socket<Protocol, Executor> &&);
  template <typename Endpoints> void connect(const Endpoints &);
  asio::basic_stream_socket<Protocol, Executor> &socket();
};
using tcp_stream = basic_stream<asio::ip::tcp>;
template <typename NextLayer> class ssl_stream {
public:
  template <typename Arg> ssl_stream(Arg &&next, asio::ssl::context &ctx);
  NextLayer &next_layer();
};
class flat_buffer {};
namespace http {
template <typename Body> class request {};
template <typename Body> class response {};
struct string_body {};
template <typename Stream, typename Message>
std::size_t write(Stream &, const Message &);
template <typename Stream, typename Buffer, typename Message>
std::size_t read(Stream &, Buffer &, Message &);
} // namespace http
} // namespace beast
} // namespace boost
#endif
