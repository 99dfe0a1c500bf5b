//===- OpenLdap.cpp - OpenLDAP's libldap ----------------------------------===//
//
// An ldap:// connection (ldap_initialize, or the deprecated ldap_init /
// ldap_open) is plaintext, binds and their passwords included, until
// StartTLS (ldap_start_tls_s) runs on it; LDAP_OPT_X_TLS set to
// LDAP_OPT_X_TLS_HARD puts TLS on from the start. LDAP_OPT_X_TLS_REQUIRE_CERT
// set to LDAP_OPT_X_TLS_NEVER (0) or _ALLOW (3), on a connection or (with a
// null handle) as the process default, accepts any server certificate.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition TlsOption = {Condition::IntIn, 1, "24576"}; // 0x6000
constexpr Condition RequireCertOption = {Condition::IntIn, 1,
                                         "24582"}; // 0x6006
constexpr Condition NeverOrAllow = {Condition::PointeeIn, 2, "0|3"};

constexpr Api Apis[] = {
    {"ldap_initialize", Role::Use, 0}, // ldap_initialize(&ld, uri)
    {"ldap_init", Role::Create, Result},
    {"ldap_open", Role::Create, Result},
    {"ldap_start_tls_s", Role::Tls, 0},
    {"ldap_start_tls", Role::Tls, 0},
    {"ldap_install_tls", Role::Tls, 0},
    {"ldap_set_option", Role::Tls, 0, TlsOption, {Condition::PointeeTrue, 2}},
    {"ldap_set_option", Role::Unverify, 0, NeverOrAllow, RequireCertOption,
     "sets LDAP_OPT_X_TLS_REQUIRE_CERT to LDAP_OPT_X_TLS_NEVER or _ALLOW",
     "LDAP_OPT_X_TLS_DEMAND"},
    {"ldap_set_option", Role::Use, 0},
    {"ldap_get_option", Role::Use, 0},
    {"ldap_simple_bind_s", Role::Use, 0},
    {"ldap_simple_bind", Role::Use, 0},
    {"ldap_sasl_bind_s", Role::Use, 0},
    {"ldap_sasl_bind", Role::Use, 0},
    {"ldap_sasl_interactive_bind_s", Role::Use, 0},
    {"ldap_bind_s", Role::Use, 0},
    {"ldap_search_ext_s", Role::Use, 0},
    {"ldap_search_ext", Role::Use, 0},
    {"ldap_search_s", Role::Use, 0},
    {"ldap_modify_ext_s", Role::Use, 0},
    {"ldap_add_ext_s", Role::Use, 0},
    {"ldap_delete_ext_s", Role::Use, 0},
    {"ldap_result", Role::Use, 0},
    {"ldap_first_entry", Role::Use, 0},
    {"ldap_next_entry", Role::Use, 0},
    {"ldap_get_values_len", Role::Use, 0},
    {"ldap_msgfree", Role::Use, 0},
    {"ldap_unbind_ext_s", Role::Use, 0},
    {"ldap_unbind_ext", Role::Use, 0},
    {"ldap_unbind_s", Role::Use, 0},
    {"ldap_unbind", Role::Use, 0},
};

} // namespace

extern const Library OpenLdapModel = {"OpenLDAP", Kind::Ldap, Apis};

} // namespace transit::model
