//===- Zmq.cpp - ZeroMQ (libzmq, cppzmq) ----------------------------------===//
//
// A ZeroMQ socket sends in plaintext unless CURVE is configured on it
// (ZMQ_CURVE_SERVER, ZMQ_CURVE_SERVERKEY and the key options).
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

// ZMQ_CURVE_SERVER 47, ZMQ_CURVE_PUBLICKEY 48, ZMQ_CURVE_SECRETKEY 49,
// ZMQ_CURVE_SERVERKEY 50 (<zmq.h>: macros, so compared by value).
constexpr Condition CurveC = {Condition::IntIn, 1, "47|48|49|50"};
constexpr Condition CurveCpp = {Condition::IntIn, 0, "47|48|49|50"};
constexpr Condition CurveTag = {Condition::NameStartsWith, 0, "curve_"};

constexpr Api Apis[] = {
    {"zmq_socket", Role::Create, Result},
    {"zmq::socket_t", Role::Create, Object},
    {"zmq_setsockopt", Role::Tls, 0, CurveC},
    {"zmq::detail::socket_base::setsockopt", Role::Tls, Object, CurveCpp},
    {"zmq::detail::socket_base::set", Role::Tls, Object, CurveTag},
    {"zmq::socket_t::setsockopt", Role::Tls, Object, CurveCpp},
    {"zmq_connect", Role::Use, 0},
    {"zmq_bind", Role::Use, 0},
    {"zmq_send", Role::Use, 0},
    {"zmq_recv", Role::Use, 0},
    {"zmq_msg_send", Role::Use, 1},
    {"zmq_msg_recv", Role::Use, 1},
    {"zmq_close", Role::Use, 0},
    {"zmq::detail::socket_base::connect", Role::Use, Object},
    {"zmq::detail::socket_base::bind", Role::Use, Object},
    {"zmq::detail::socket_base::send", Role::Use, Object},
    {"zmq::detail::socket_base::recv", Role::Use, Object},
};

} // namespace

extern const Library ZmqModel = {"ZeroMQ", Kind::Zmq, Apis};

} // namespace transit::model
