//===- MySql.cpp - MySQL / MariaDB C API ----------------------------------===//
//
// TLS for a MYSQL handle is decided before or at mysql_real_connect: by
// mysql_ssl_set, by the MYSQL_OPT_SSL_* options, or by CLIENT_SSL in the
// connect's flags. What is done with the handle afterwards (queries, errors,
// a connection pool) cannot secure it.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition CaOption = {Condition::EnumIn, 1,
                                "MYSQL_OPT_SSL_CA|MYSQL_OPT_SSL_CAPATH"};
constexpr Condition EnforceOption = {Condition::EnumIn, 1,
                                     "MYSQL_OPT_SSL_ENFORCE"};
constexpr Condition ModeOption = {Condition::EnumIn, 1, "MYSQL_OPT_SSL_MODE"};
// enum mysql_ssl_mode: DISABLED = 1, PREFERRED, REQUIRED, VERIFY_CA,
// VERIFY_IDENTITY.
constexpr Condition ModeRequired = {Condition::PointeeAtLeast, 2, "", 3};
constexpr Condition ModeOptional = {Condition::PointeeBelow, 2, "", 3};
constexpr Condition PointeeOn = {Condition::PointeeTrue, 2};
constexpr Condition ClientSsl = {Condition::BitSet, 7, "", 2048};

constexpr Api Apis[] = {
    {"mysql_init", Role::Create, Result},
    {"mysql_init", Role::Same, 0},
    {"mysql_real_connect", Role::Same, 0},
    {"mysql_ssl_set", Role::Tls, 0},
    {"mysql_options", Role::Tls, 0, CaOption},
    {"mysql_options", Role::Tls, 0, EnforceOption, PointeeOn},
    {"mysql_options", Role::Tls, 0, ModeOption, ModeRequired},
    {"mysql_options", Role::Weaken, 0, ModeOption, ModeOptional},
    {"mysql_optionsv", Role::Tls, 0, CaOption},
    {"mysql_optionsv", Role::Tls, 0, EnforceOption, PointeeOn},
    {"mysql_optionsv", Role::Tls, 0, ModeOption, ModeRequired},
    {"mysql_optionsv", Role::Weaken, 0, ModeOption, ModeOptional},
    {"mysql_real_connect", Role::Tls, 0, ClientSsl},
    {"mysql_query", Role::Use, 0},
    {"mysql_real_query", Role::Use, 0},
    {"mysql_error", Role::Use, 0},
    {"mysql_errno", Role::Use, 0},
    {"mysql_close", Role::Use, 0},
    {"mysql_store_result", Role::Use, 0},
    {"mysql_use_result", Role::Use, 0},
    {"mysql_select_db", Role::Use, 0},
    {"mysql_set_character_set", Role::Use, 0},
    {"mysql_ping", Role::Use, 0},
    {"mysql_autocommit", Role::Use, 0},
    {"mysql_commit", Role::Use, 0},
    {"mysql_rollback", Role::Use, 0},
    {"mysql_stmt_init", Role::Use, 0},
    {"mysql_real_escape_string", Role::Use, 0},
    {"mysql_affected_rows", Role::Use, 0},
    {"mysql_insert_id", Role::Use, 0},
};

} // namespace

extern const Library MySqlModel = {"MySQL / MariaDB C API", Kind::MySql, Apis};

} // namespace transit::model
