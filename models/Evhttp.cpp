//===- Evhttp.cpp - libevent's HTTP server (evhttp) -----------------------===//
//
// An evhttp server speaks plaintext HTTP on every socket it binds or
// accepts unless it is given a bufferevent callback (evhttp_set_bevcb) that
// wraps each connection in TLS (bufferevent_openssl_socket_new, or Mbed
// TLS's) before it serves.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"evhttp_new", Role::Create, Result},
    {"evhttp_set_bevcb", Role::Tls, 0},
    {"evhttp_bind_socket", Role::Use, 0},
    {"evhttp_bind_socket_with_handle", Role::Use, 0},
    {"evhttp_accept_socket", Role::Use, 0},
    {"evhttp_accept_socket_with_handle", Role::Use, 0},
    {"evhttp_bind_listener", Role::Use, 0},
    {"evhttp_set_cb", Role::Use, 0},
    {"evhttp_set_gencb", Role::Use, 0},
    {"evhttp_set_timeout", Role::Use, 0},
    {"evhttp_set_allowed_methods", Role::Use, 0},
    {"evhttp_set_max_body_size", Role::Use, 0},
    {"evhttp_free", Role::Use, 0},
};

} // namespace

extern const Library EvhttpModel = {"libevent evhttp", Kind::Evhttp, Apis};

} // namespace transit::model
