// The parts of Boost.Asio the checks read (1.74): sockets, acceptors,
// connect, read and write.
#ifndef MOCK_BOOST_ASIO_HPP
#define MOCK_BOOST_ASIO_HPP
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
namespace boost {
namespace system {
class error_code {};
} // namespace system
namespace asio {
class io_context {};
class any_io_executor {};
class const_buffer {};
inline const_buffer buffer(const std::string &) { return {}; }
template <typename Protocol, typename Executor = any_io_executor>
class basic_socket {
public:
  basic_socket &lowest_layer() { return *this; }
};
template <typename Protocol, typename Executor = any_io_executor>
class basic_stream_socket : public basic_socket<Protocol, Executor> {
public:
  explicit basic_stream_socket(io_context &);
  basic_stream_socket(basic_stream_socket &&);
  template <typename Endpoint> void connect(const Endpoint &);
  std::size_t write_some(const const_buffer &);
};
template <typename Protocol, typename Executor = any_io_executor>
class basic_socket_acceptor {
public:
  template <typename Endpoint>
  basic_socket_acceptor(io_context &, const Endpoint &);
  void accept(basic_stream_socket<Protocol, Executor> &);
  basic_stream_socket<Protocol, Executor> accept();
  template <typename Handler> void async_accept(Handler &&) {}
  template <typename Handler>
  void async_accept(basic_stream_socket<Protocol, Executor> &, Handler &&) {}
};
namespace ip {
class tcp {
public:
  class endpoint {};
  using socket = basic_stream_socket<tcp>;
  using acceptor = basic_socket_acceptor<tcp>;
};
} // namespace ip
template <typename Stream> std::size_t write(Stream &, const const_buffer &);
template <typename Stream, typename Endpoints>
void connect(Stream &, const Endpoints &);
} // namespace asio
} // namespace boost
#endif
