//===- Mongo.cpp - libmongoc ----------------------------------------------===//
//
// TLS for MongoDB is in the URI (tls=true, mongodb+srv://), or switched on
// later on the URI, the client made from it, or the pool.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition TlsOption = {Condition::StringIn, 1, "tls|ssl"};
constexpr Condition On = {Condition::True, 2};

constexpr Api Apis[] = {
    {"mongoc_uri_new", Role::Create, Result},
    {"mongoc_uri_new_with_error", Role::Create, Result},
    {"mongoc_client_new", Role::Create, Result},
    {"mongoc_uri_copy", Role::Derive, 0},
    {"mongoc_client_new_from_uri", Role::Derive, 0},
    {"mongoc_client_new_from_uri_with_error", Role::Derive, 0},
    {"mongoc_client_pool_new", Role::Derive, 0},
    {"mongoc_client_pool_new_with_error", Role::Derive, 0},
    {"mongoc_client_pool_pop", Role::Derive, 0},
    {"mongoc_client_pool_try_pop", Role::Derive, 0},
    {"mongoc_client_set_ssl_opts", Role::Tls, 0},
    {"mongoc_client_pool_set_ssl_opts", Role::Tls, 0},
    {"mongoc_uri_set_option_as_bool", Role::Tls, 0, TlsOption, On},
    {"mongoc_uri_destroy", Role::Use, 0},
    {"mongoc_client_destroy", Role::Use, 0},
    {"mongoc_client_get_collection", Role::Use, 0},
    {"mongoc_client_get_database", Role::Use, 0},
    {"mongoc_client_command_simple", Role::Use, 0},
    {"mongoc_client_set_appname", Role::Use, 0},
    {"mongoc_client_set_error_api", Role::Use, 0},
    {"mongoc_uri_get_string", Role::Use, 0},
};

} // namespace

extern const Library MongoModel = {"libmongoc", Kind::Mongo, Apis};

} // namespace transit::model
