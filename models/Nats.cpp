//===- Nats.cpp - nats.c --------------------------------------------------===//
//
// Options are plaintext unless natsOptions_SetSecure(opts, true) is called on
// them or the URLs say tls://.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"natsOptions_Create", Role::Create, 0},
    {"natsOptions_SetSecure", Role::Tls, 0, {Condition::True, 1}},
    {"natsConnection_Connect", Role::Use, 1},
    {"natsOptions_Destroy", Role::Use, 0},
    {"natsOptions_SetURL", Role::Use, 0},
    {"natsOptions_SetServers", Role::Use, 0},
    {"natsOptions_SetTimeout", Role::Use, 0},
    {"natsOptions_SetName", Role::Use, 0},
};

} // namespace

extern const Library NatsModel = {"nats.c", Kind::Nats, Apis};

} // namespace transit::model
