// libmemcached has no TLS: every network server is a finding unless carved out.
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem %S/Inputs/memcached

#include <libmemcached/memcached.h>

void f(void) {
  memcached_st *memc = memcached_create(NULL);
  memcached_server_add(memc, "sessions.internal", 11211);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'memcached_server_add' connects to memcached in plaintext: libmemcached has no TLS; reach memcached through a TLS tunnel (a mesh sidecar, stunnel) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  memcached_server_list_st list = memcached_servers_parse("a.internal:11211,b.internal:11211");
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'memcached_servers_parse' connects to memcached in plaintext
  memcached_server_push(memc, list);
  memcached_st *configured = memcached("--SERVER=sessions.internal:11211", 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'memcached' connects to memcached in plaintext
  memcached_server_add_unix_socket(memc, "/run/memcached.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'memcached_server_add_unix_socket' connects through a Unix-domain socket
  /* ZFN-3 carve-out: loopback only; the mcrouter sidecar holds TLS to the pool. */
  memcached_server_add(memc, "127.0.0.1", 5000);
  memcached_st *nothing = memcached("--CONNECT-TIMEOUT=10", 20); /* no server yet */
  memcached_free(memc), memcached_free(configured), memcached_free(nothing);
}
