//===- OpenSsl.cpp - OpenSSL contexts and connections ---------------------===//
//
// SSL_VERIFY_NONE turns verification off. An SSL object inherits what is set on the SSL_CTX it is made from
// (SSL_VERIFY_PEER, above all); what is set on one SSL object (a host name
// check) is its own.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition PeerBit = {Condition::BitSet, 1, "", 1}; // SSL_VERIFY_PEER
constexpr Condition NoPeerBit = {Condition::BitClear, 1, "", 1};

constexpr Api Apis[] = {
    {"SSL_CTX_new", Role::Create, Result},
    {"SSL_new", Role::Inherit, 0},
    {"SSL_get_SSL_CTX", Role::Derive, 0},
    {"SSL_set_SSL_CTX", Role::Derive, 0},
    {"SSL_get0_param", Role::Derive, 0},
    {"SSL_CTX_get0_param", Role::Derive, 0},
    {"SSL_get1_peer_certificate", Role::Derive, 0},
    {"SSL_get_peer_certificate", Role::Derive, 0},
    {"SSL_CTX_set_verify", Role::Verify, 0, PeerBit},
    {"SSL_set_verify", Role::Verify, 0, PeerBit},
    {"SSL_CTX_set_verify", Role::Unverify, 0, NoPeerBit, {},
     "sets SSL_VERIFY_NONE", "SSL_VERIFY_PEER"},
    {"SSL_set_verify", Role::Unverify, 0, NoPeerBit, {}, "sets SSL_VERIFY_NONE",
     "SSL_VERIFY_PEER"},
    {"SSL_set1_host", Role::CheckHost, 0},
    {"SSL_add1_host", Role::CheckHost, 0},
    {"X509_VERIFY_PARAM_set1_host", Role::CheckHost, 0},
    {"X509_VERIFY_PARAM_add1_host", Role::CheckHost, 0},
    {"X509_check_host", Role::CheckHost, 0},
    {"SSL_dane_enable", Role::CheckHost, 0},
    {"SSL_get_verify_result", Role::CheckResult, 0},
    {"SSL_connect", Role::Use, 0},
    {"SSL_accept", Role::Use, 0},
    {"SSL_read", Role::Use, 0},
    {"SSL_write", Role::Use, 0},
    {"SSL_shutdown", Role::Use, 0},
    {"SSL_free", Role::Use, 0},
    {"SSL_CTX_free", Role::Use, 0},
    {"SSL_set_fd", Role::Use, 0},
    {"SSL_CTX_load_verify_locations", Role::Use, 0},
    {"SSL_CTX_use_certificate_file", Role::Use, 0},
    {"SSL_CTX_use_PrivateKey_file", Role::Use, 0},
};

} // namespace

extern const Library OpenSslModel = {"OpenSSL", Kind::OpenSsl, Apis};

} // namespace transit::model
