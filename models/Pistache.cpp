//===- Pistache.cpp - Pistache's HTTP endpoint ----------------------------===//
//
// A Pistache::Http::Endpoint serves plaintext HTTP unless useSSL(cert, key)
// is called on it before serve() (Pistache built with PISTACHE_USE_SSL, as
// Debian's is).
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"Pistache::Http::Endpoint", Role::Create, Object},
    {"Pistache::Http::Endpoint::useSSL", Role::Tls, Object},
    {"Pistache::Http::Endpoint::useSSLAuth", Role::Use, Object},
    {"Pistache::Http::Endpoint::init", Role::Use, Object},
    {"Pistache::Http::Endpoint::setHandler", Role::Use, Object},
    {"Pistache::Http::Endpoint::serve", Role::Use, Object},
    {"Pistache::Http::Endpoint::serveThreaded", Role::Use, Object},
    {"Pistache::Http::Endpoint::shutdown", Role::Use, Object},
    {"Pistache::Http::Endpoint::bind", Role::Use, Object},
};

} // namespace

extern const Library PistacheModel = {"Pistache", Kind::Pistache, Apis};

} // namespace transit::model
