// redis-plus-plus (mock headers: not in Debian 12).
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c++17 -isystem %S/Inputs/redisxx

#include <sw/redis++/redis++.h>

void f() {
  sw::redis::Redis a("tcp://cache.internal:6379");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' connects to Redis in plaintext; set ConnectionOptions::tls.enabled (redis-plus-plus built with TLS) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  sw::redis::ConnectionOptions opts;
  opts.host = "cache.internal";
  sw::redis::RedisCluster b(opts);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'sw::redis::RedisCluster' connects to Redis in plaintext
  sw::redis::Redis c("unix:///run/redis.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'sw::redis::Redis' connects through a Unix-domain socket

  sw::redis::ConnectionOptions secure;
  secure.host = "cache.internal";
  secure.tls.enabled = true;
  sw::redis::Redis d(secure);
  sw::redis::Redis e("rediss://cache.internal:6380");
}
