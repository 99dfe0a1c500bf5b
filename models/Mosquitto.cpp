//===- Mosquitto.cpp - libmosquitto (Eclipse Mosquitto's MQTT client) -----===//
//
// A client connects in plaintext unless TLS is configured on it before the
// connect: mosquitto_tls_set (certificates), mosquitto_tls_psk_set, or
// MOSQ_OPT_TLS_USE_OS_CERTS (mosquitto 2.0). mosquitto_tls_insecure_set(m,
// true) turns the broker's host-name check off; mosquitto_tls_opts_set with
// cert_reqs 0 (SSL_VERIFY_NONE) its certificate check.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

// MOSQ_OPT_TLS_USE_OS_CERTS is 13 (<mosquitto.h>, enum mosq_opt_t).
constexpr Condition UseOsCerts = {Condition::IntIn, 1, "13"};

constexpr Api Apis[] = {
    {"mosquitto_new", Role::Create, Result},
    {"mosquitto_tls_set", Role::Tls, 0},
    {"mosquitto_tls_psk_set", Role::Tls, 0},
    {"mosquitto_int_option", Role::Tls, 0, UseOsCerts, {Condition::True, 2}},
    {"mosquitto_tls_insecure_set",
     Role::UnverifyHost,
     0,
     {Condition::True, 1},
     {},
     "turns the broker's host-name check off",
     "false"},
    {"mosquitto_tls_opts_set",
     Role::Unverify,
     0,
     {Condition::False, 1},
     {},
     "sets cert_reqs 0 (SSL_VERIFY_NONE)",
     "1"},
    {"mosquitto_connect", Role::Use, 0},
    {"mosquitto_connect_async", Role::Use, 0},
    {"mosquitto_connect_bind", Role::Use, 0},
    {"mosquitto_connect_bind_async", Role::Use, 0},
    {"mosquitto_connect_bind_v5", Role::Use, 0},
    {"mosquitto_connect_srv", Role::Use, 0},
    {"mosquitto_reconnect", Role::Use, 0},
    {"mosquitto_publish", Role::Use, 0},
    {"mosquitto_subscribe", Role::Use, 0},
    {"mosquitto_loop_forever", Role::Use, 0},
    {"mosquitto_loop_start", Role::Use, 0},
    {"mosquitto_disconnect", Role::Use, 0},
    {"mosquitto_destroy", Role::Use, 0},
};

} // namespace

extern const Library MosquittoModel = {"libmosquitto", Kind::Mosquitto, Apis};

} // namespace transit::model
