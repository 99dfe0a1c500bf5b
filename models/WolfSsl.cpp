//===- WolfSsl.cpp - wolfSSL contexts and sessions ------------------------===//
//
// wolfSSL verifies the server by default on a client (WOLFSSL_VERIFY_PEER);
// WOLFSSL_VERIFY_NONE (also spelled SSL_VERIFY_NONE through its OpenSSL
// compatibility layer, whose macros call these same functions) turns that
// off. A WOLFSSL inherits its WOLFSSL_CTX's mode.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition PeerBit = {Condition::BitSet, 1, "", 1}; // VERIFY_PEER
constexpr Condition NoPeerBit = {Condition::BitClear, 1, "", 1};

constexpr Api Apis[] = {
    {"wolfSSL_CTX_new", Role::Create, Result},
    {"wolfSSL_CTX_new_ex", Role::Create, Result},
    {"wolfSSL_new", Role::Inherit, 0},
    {"wolfSSL_get_SSL_CTX", Role::Derive, 0},
    {"wolfSSL_CTX_set_verify", Role::Verify, 0, PeerBit},
    {"wolfSSL_set_verify", Role::Verify, 0, PeerBit},
    {"wolfSSL_CTX_set_verify",
     Role::Unverify,
     0,
     NoPeerBit,
     {},
     "sets WOLFSSL_VERIFY_NONE",
     "WOLFSSL_VERIFY_PEER"},
    {"wolfSSL_set_verify",
     Role::Unverify,
     0,
     NoPeerBit,
     {},
     "sets WOLFSSL_VERIFY_NONE",
     "WOLFSSL_VERIFY_PEER"},
    {"wolfSSL_check_domain_name", Role::CheckHost, 0},
    {"wolfSSL_get_verify_result", Role::CheckResult, 0},
    {"wolfSSL_set_fd", Role::Use, 0},
    {"wolfSSL_connect", Role::Use, 0},
    {"wolfSSL_accept", Role::Use, 0},
    {"wolfSSL_read", Role::Use, 0},
    {"wolfSSL_write", Role::Use, 0},
    {"wolfSSL_shutdown", Role::Use, 0},
    {"wolfSSL_free", Role::Use, 0},
    {"wolfSSL_CTX_free", Role::Use, 0},
    {"wolfSSL_CTX_load_verify_locations", Role::Use, 0},
    {"wolfSSL_CTX_use_certificate_file", Role::Use, 0},
    {"wolfSSL_CTX_use_PrivateKey_file", Role::Use, 0},
};

} // namespace

extern const Library WolfSslModel = {"wolfSSL", Kind::WolfSsl, Apis};

} // namespace transit::model
