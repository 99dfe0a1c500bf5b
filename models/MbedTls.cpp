//===- MbedTls.cpp - Mbed TLS configurations and contexts -----------------===//
//
// The authentication mode of an mbedtls_ssl_config (or, during the
// handshake, of one mbedtls_ssl_context): MBEDTLS_SSL_VERIFY_REQUIRED (2,
// the client's default) fails the handshake on a bad certificate;
// MBEDTLS_SSL_VERIFY_NONE (0) does not verify; MBEDTLS_SSL_VERIFY_OPTIONAL
// (1) verifies but completes the handshake anyway, leaving the result to
// mbedtls_ssl_get_verify_result. On a server, NONE is simply "no client
// certificates" (the check knows servers apart).
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition Required = {Condition::IntIn, 1, "2"};
constexpr Condition None = {Condition::IntIn, 1, "0"};
constexpr Condition Optional = {Condition::IntIn, 1, "1"};
constexpr llvm::StringLiteral NoneText = "sets MBEDTLS_SSL_VERIFY_NONE";
constexpr llvm::StringLiteral OptionalText =
    "sets MBEDTLS_SSL_VERIFY_OPTIONAL (the handshake completes when "
    "verification fails) and nothing here reads mbedtls_ssl_get_verify_result";

constexpr Api Apis[] = {
    {"mbedtls_ssl_conf_authmode", Role::Verify, 0, Required},
    {"mbedtls_ssl_set_hs_authmode", Role::Verify, 0, Required},
    {"mbedtls_ssl_conf_authmode",
     Role::Unverify,
     0,
     None,
     {},
     NoneText,
     "MBEDTLS_SSL_VERIFY_REQUIRED"},
    {"mbedtls_ssl_set_hs_authmode",
     Role::Unverify,
     0,
     None,
     {},
     NoneText,
     "MBEDTLS_SSL_VERIFY_REQUIRED"},
    {"mbedtls_ssl_conf_authmode",
     Role::Unverify,
     0,
     Optional,
     {},
     OptionalText,
     "MBEDTLS_SSL_VERIFY_REQUIRED",
     /*UnlessResultRead=*/true},
    {"mbedtls_ssl_set_hs_authmode",
     Role::Unverify,
     0,
     Optional,
     {},
     OptionalText,
     "MBEDTLS_SSL_VERIFY_REQUIRED",
     /*UnlessResultRead=*/true},
    {"mbedtls_ssl_get_verify_result", Role::CheckResult, 0},
    {"mbedtls_ssl_set_hostname", Role::CheckHost, 0},
    {"mbedtls_ssl_config_init", Role::Use, 0},
    {"mbedtls_ssl_config_defaults", Role::Use, 0},
    {"mbedtls_ssl_setup", Role::Use, 0},
    {"mbedtls_ssl_handshake", Role::Use, 0},
    {"mbedtls_ssl_read", Role::Use, 0},
    {"mbedtls_ssl_write", Role::Use, 0},
    {"mbedtls_ssl_close_notify", Role::Use, 0},
    {"mbedtls_ssl_free", Role::Use, 0},
    {"mbedtls_ssl_config_free", Role::Use, 0},
};

} // namespace

extern const Library MbedTlsModel = {"Mbed TLS", Kind::MbedTls, Apis};

} // namespace transit::model
