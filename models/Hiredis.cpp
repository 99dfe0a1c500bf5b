//===- Hiredis.cpp - hiredis ----------------------------------------------===//
//
// A redisContext is plaintext until redisInitiateSSL* runs on it (hiredis
// 1.0 and later, <hiredis/hiredis_ssl.h>); hiredis 0.14, Debian 12's, has no
// TLS at all, so there nothing can secure it.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"redisConnect", Role::Create, Result},
    {"redisConnectWithTimeout", Role::Create, Result},
    {"redisConnectNonBlock", Role::Create, Result},
    {"redisConnectBindNonBlock", Role::Create, Result},
    {"redisConnectBindNonBlockWithReuse", Role::Create, Result},
    {"redisConnectWithOptions", Role::Create, Result},
    {"redisConnectUnix", Role::Create, Result},
    {"redisConnectUnixWithTimeout", Role::Create, Result},
    {"redisConnectUnixNonBlock", Role::Create, Result},
    {"redisAsyncConnect", Role::Create, Result},
    {"redisAsyncConnectBind", Role::Create, Result},
    {"redisAsyncConnectBindWithReuse", Role::Create, Result},
    {"redisAsyncConnectWithOptions", Role::Create, Result},
    {"redisAsyncConnectUnix", Role::Create, Result},
    {"redisInitiateSSL", Role::Tls, 0},
    {"redisInitiateSSLWithContext", Role::Tls, 0},
    {"redisCommand", Role::Use, 0},
    {"redisCommandArgv", Role::Use, 0},
    {"redisAppendCommand", Role::Use, 0},
    {"redisGetReply", Role::Use, 0},
    {"redisFree", Role::Use, 0},
    {"redisReconnect", Role::Use, 0},
    {"redisSetTimeout", Role::Use, 0},
    {"redisEnableKeepAlive", Role::Use, 0},
    {"redisAsyncCommand", Role::Use, 0},
    {"redisAsyncFree", Role::Use, 0},
    {"redisAsyncDisconnect", Role::Use, 0},
    {"redisAsyncSetConnectCallback", Role::Use, 0},
    {"redisAsyncSetDisconnectCallback", Role::Use, 0},
};

} // namespace

extern const Library HiredisModel = {"hiredis", Kind::Redis, Apis};

} // namespace transit::model
