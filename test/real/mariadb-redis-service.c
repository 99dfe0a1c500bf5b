// A C service against Debian's real libmariadb-dev and libhiredis-dev (0.14)
// headers, through both front ends.
// REQUIRES: mariadb-headers, hiredis-headers
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem /usr/include/mariadb

#include <hiredis/hiredis.h>
#include <mysql.h>
#include <stddef.h>

MYSQL *connect_orders(void) {
  MYSQL *conn = mysql_init(NULL);
  if (!mysql_real_connect(conn, "orders-db.internal", "orders", "secret", "orders", 3306, NULL, 0))
    return NULL;
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: 'mysql_real_connect' connects without requiring TLS, so the client falls back to plaintext; require TLS with mysql_options (MYSQL_OPT_SSL_MODE = SSL_MODE_VERIFY_IDENTITY, or MariaDB's MYSQL_OPT_SSL_ENFORCE) before connecting or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  return conn;
}

MYSQL *connect_billing(void) {
  MYSQL *conn = mysql_init(NULL);
  my_bool enforce = 1;
  mysql_options(conn, MYSQL_OPT_SSL_ENFORCE, &enforce);
  return mysql_real_connect(conn, "billing-db.internal", "billing", "secret", "billing", 0, NULL, 0);
}

redisContext *connect_cache(void) {
  redisContext *c = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnect' opens a plaintext Redis connection; start TLS on it with redisInitiateSSLWithContext or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: this hiredis has no TLS support: hiredis 1.0 adds it (<hiredis/hiredis_ssl.h>, library hiredis_ssl)
  if (c == NULL || c->err)
    return NULL;
  return c;
}

redisContext *connect_local_cache(void) {
  // ZFN-3 carve-out: Unix-domain socket of the Redis in this pod; never leaves the host.
  return redisConnectUnix("/run/redis/redis.sock");
}
