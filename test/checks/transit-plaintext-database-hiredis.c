// hiredis: a connection whose context the same function never hands to
// redisInitiateSSL*. (hiredis 1.x mock; test/real/ has Debian's 0.14.)
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem %S/Inputs/hiredis

#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <hiredis/hiredis_ssl.h>

void use(redisContext *c);

void plain(void) {
  redisContext *c = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnect' opens a plaintext Redis connection; start TLS on it with redisInitiateSSLWithContext or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  redisCommand(c, "PING");
  redisFree(c);
}

redisContext *returned(void) {
  return redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'redisConnect' opens a plaintext Redis connection
}

void async_plain(void) {
  redisAsyncContext *ac = redisAsyncConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'redisAsyncConnect' opens a plaintext Redis connection
  (void)ac;
}

void unix_socket(void) {
  redisContext *c = redisConnectUnix("/run/redis/redis.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnectUnix' connects through a Unix-domain socket, whose traffic is never encrypted; add a 'ZFN-3 carve-out:' comment that keeps it on the host [transit-plaintext-database]
  redisFree(c);
}

void secure(redisSSLContext *ssl) {
  redisContext *a = redisConnect("cache.internal", 6379);
  redisInitiateSSLWithContext(a, ssl);
  redisContext *b;
  b = redisConnect("cache.internal", 6380);
  if (redisInitiateSSL(b, "/etc/ssl/ca.pem", NULL, NULL, NULL, "cache.internal") != 0)
    return;
  redisAsyncContext *ac = redisAsyncConnect("cache.internal", 6379);
  redisInitiateSSLWithContext(&ac->c, ssl);
  redisContext *d = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnect' opens a plaintext Redis connection
  use(d); /* handed to code outside the TU: that does not make it secure */
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the context is handed to 'use', whose code this translation unit does not have: TLS added there cannot be verified here
  /* ZFN-3 carve-out: loopback only; the sidecar proxies to the cluster over TLS. */
  redisContext *e = redisConnect("127.0.0.1", 6379);
  redisFree(a), redisFree(b), redisFree(e);
}
