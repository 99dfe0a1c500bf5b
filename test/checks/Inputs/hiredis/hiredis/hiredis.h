/* Mock of <hiredis/hiredis.h> (hiredis 1.x). */
#pragma once
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
struct timeval;
typedef struct redisContext { int err; char errstr[128]; } redisContext;
typedef struct redisOptions { int type; } redisOptions;
redisContext *redisConnect(const char *ip, int port);
redisContext *redisConnectWithTimeout(const char *ip, int port, const struct timeval tv);
redisContext *redisConnectWithOptions(const redisOptions *options);
redisContext *redisConnectUnix(const char *path);
void *redisCommand(redisContext *c, const char *format, ...);
void redisFree(redisContext *c);
#ifdef __cplusplus
}
#endif
