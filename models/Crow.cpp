//===- Crow.cpp - the Crow web framework's app ----------------------------===//
//
// A crow::Crow app (crow::SimpleApp, crow::App<...>) serves plaintext HTTP
// unless ssl_file or ssl_chainfile (CROW_ENABLE_SSL) is called on it before
// run(). Its set-up methods return the app itself, so a chain
// `app.port(8080).multithreaded().run()` is one app.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"crow::Crow", Role::Create, Object},
    {"crow::Crow::port", Role::Same, Object},
    {"crow::Crow::bindaddr", Role::Same, Object},
    {"crow::Crow::multithreaded", Role::Same, Object},
    {"crow::Crow::concurrency", Role::Same, Object},
    {"crow::Crow::timeout", Role::Same, Object},
    {"crow::Crow::server_name", Role::Same, Object},
    {"crow::Crow::loglevel", Role::Same, Object},
    {"crow::Crow::ssl_file", Role::Same, Object},
    {"crow::Crow::ssl_file", Role::Tls, Object},
    {"crow::Crow::ssl_chainfile", Role::Same, Object},
    {"crow::Crow::ssl_chainfile", Role::Tls, Object},
    {"crow::Crow::ssl", Role::Same, Object},
    {"crow::Crow::ssl", Role::Tls, Object},
    {"crow::Crow::run", Role::Use, Object},
    {"crow::Crow::run_async", Role::Use, Object},
};

} // namespace

extern const Library CrowModel = {"Crow", Kind::Crow, Apis};

} // namespace transit::model
