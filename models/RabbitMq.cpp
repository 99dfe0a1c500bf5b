//===- RabbitMq.cpp - rabbitmq-c ------------------------------------------===//
//
// amqp_tcp_socket_new makes a plaintext socket (there is no TLS to turn on
// for it); amqp_ssl_socket_new a TLS one, which verifies the peer and its
// host name unless told not to.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition Off = {Condition::False, 1};

constexpr Api Apis[] = {
    {"amqp_tcp_socket_new", Role::Create, Result},
    {"amqp_ssl_socket_new", Role::Create, Result},
    {"amqp_ssl_socket_set_verify_peer", Role::Unverify, 0, Off, {},
     "turns peer verification off", "1"},
    {"amqp_ssl_socket_set_verify", Role::Unverify, 0, Off, {},
     "turns peer verification off", "1"},
    {"amqp_ssl_socket_set_verify_hostname", Role::UnverifyHost, 0, Off, {},
     "turns host name verification off", "1"},
    {"amqp_ssl_socket_set_cacert", Role::Use, 0},
    {"amqp_socket_open", Role::Use, 0},
};

} // namespace

extern const Library RabbitMqModel = {"rabbitmq-c", Kind::Amqp, Apis};

} // namespace transit::model
