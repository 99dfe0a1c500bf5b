/* Mock of <hiredis/async.h> (hiredis 1.x). */
#pragma once
#include <hiredis/hiredis.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct redisAsyncContext { redisContext c; int err; } redisAsyncContext;
redisAsyncContext *redisAsyncConnect(const char *ip, int port);
redisAsyncContext *redisAsyncConnectUnix(const char *path);
#ifdef __cplusplus
}
#endif
