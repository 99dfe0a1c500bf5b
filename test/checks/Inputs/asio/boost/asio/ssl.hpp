// The parts of Boost.Asio's SSL support the checks read (1.74).
#ifndef MOCK_BOOST_ASIO_SSL_HPP
#define MOCK_BOOST_ASIO_SSL_HPP
#include <boost/asio.hpp>
namespace boost {
namespace asio {
namespace ssl {
class context {
public:
  enum method { tls_client, tls_server };
  explicit context(method);
};
template <typename Stream> class stream {
public:
  template <typename Arg> stream(Arg &&next, context &ctx);
  Stream &next_layer();
};
} // namespace ssl
} // namespace asio
} // namespace boost
#endif
