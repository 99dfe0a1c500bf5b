//===- GnuTls.cpp - GnuTLS sessions and certificate credentials -----------===//
//
// GnuTLS never verifies the peer's certificate by itself: a client asks for
// it on the session (gnutls_session_set_verify_cert, which also checks the
// host name), on its certificate credentials
// (gnutls_certificate_set_verify_function), or checks after the handshake
// (gnutls_certificate_verify_peers2/3). A session made with GNUTLS_CLIENT,
// given certificate credentials and handshaken with none of those anywhere
// in the translation unit accepts any certificate.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"gnutls_init", Role::Use, 0},
    {"gnutls_credentials_set", Role::Use, 0},
    {"gnutls_session_set_verify_cert", Role::Verify, 0},
    {"gnutls_session_set_verify_cert2", Role::Verify, 0},
    {"gnutls_session_set_verify_function", Role::Verify, 0},
    {"gnutls_certificate_set_verify_function", Role::Verify, 0},
    {"gnutls_certificate_verify_peers", Role::Verify, 0},
    {"gnutls_certificate_verify_peers2", Role::Verify, 0},
    {"gnutls_certificate_verify_peers3", Role::Verify, 0},
    {"gnutls_handshake", Role::Use, 0},
    {"gnutls_transport_set_int", Role::Use, 0},
    {"gnutls_transport_set_int2", Role::Use, 0},
    {"gnutls_transport_set_ptr", Role::Use, 0},
    {"gnutls_transport_set_ptr2", Role::Use, 0},
    {"gnutls_server_name_set", Role::Use, 0},
    {"gnutls_set_default_priority", Role::Use, 0},
    {"gnutls_set_default_priority_append", Role::Use, 0},
    {"gnutls_priority_set", Role::Use, 0},
    {"gnutls_priority_set_direct", Role::Use, 0},
    {"gnutls_handshake_set_timeout", Role::Use, 0},
    {"gnutls_session_get_desc", Role::Use, 0},
    {"gnutls_alpn_set_protocols", Role::Use, 0},
    {"gnutls_record_send", Role::Use, 0},
    {"gnutls_record_recv", Role::Use, 0},
    {"gnutls_bye", Role::Use, 0},
    {"gnutls_deinit", Role::Use, 0},
};

} // namespace

extern const Library GnuTlsModel = {"GnuTLS", Kind::GnuTls, Apis};

} // namespace transit::model
