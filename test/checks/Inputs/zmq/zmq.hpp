// The parts of cppzmq's <zmq.hpp> the checks read (4.9).
#ifndef MOCK_ZMQ_HPP
#define MOCK_ZMQ_HPP
#include <string>
#include <zmq.h>
namespace zmq {
class context_t {
public:
  explicit context_t(int io_threads = 1);
};
namespace sockopt {
template <int Opt> struct string_option {};
inline constexpr string_option<ZMQ_CURVE_SERVERKEY> curve_serverkey{};
inline constexpr string_option<ZMQ_CURVE_PUBLICKEY> curve_publickey{};
} // namespace sockopt
enum class socket_type : int { req = ZMQ_REQ, rep = ZMQ_REP };
namespace detail {
class socket_base {
public:
  void bind(const std::string &addr);
  void connect(const std::string &addr);
  template <int Opt> void set(sockopt::string_option<Opt>, const std::string &v);
  void setsockopt(int option, const void *value, size_t len);
};
} // namespace detail
class socket_t : public detail::socket_base {
public:
  socket_t(context_t &ctx, int type);
  socket_t(context_t &ctx, socket_type type);
};
} // namespace zmq
#endif
