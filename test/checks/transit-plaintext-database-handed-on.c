// What happens after the TLS point cannot secure a connection: TLS for
// mysql_real_connect is decided by options set on the handle before or at
// the connect, and hiredis' by redisInitiateSSL* on the context, wherever
// the TU does it. Pushing the handle into a pool, printing its error or
// handing it to a function outside the TU is a mere use.
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem %S/Inputs/mysql -isystem %S/Inputs/hiredis

#include <hiredis/hiredis.h>
#include <hiredis/hiredis_ssl.h>
#include <mysql.h>
#include <stdio.h>

MYSQL *pool[8];
int pool_size;
void pool_push(MYSQL *con) { pool[pool_size++] = con; }

void fill_pool(const char *url, int port) {
  for (int i = 0; i < 8; i++) {
    MYSQL *con = NULL;
    con = mysql_init(con);
    con = mysql_real_connect(con, url, "app", "pw", "orders", port, NULL, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'mysql_real_connect' connects without requiring TLS
    if (con == NULL)
      fprintf(stderr, "%s\n", mysql_error(con));
    pool_push(con); /* after the connect: changes nothing */
  }
}

void cache(void) {
  redisContext *c = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnect' opens a plaintext Redis connection
  if (c->err)
    printf("error: %s\n", c->errstr);
  redisCommand(c, "PING");
}

// The silent counterparts.

static void require_tls(MYSQL *m) {
  unsigned int mode = SSL_MODE_VERIFY_IDENTITY;
  mysql_options(m, MYSQL_OPT_SSL_MODE, &mode);
}
void fill_tls_pool(const char *url, int port) {
  for (int i = 0; i < 8; i++) {
    MYSQL *con = mysql_init(NULL);
    require_tls(con); /* before the connect, in a helper of the TU */
    con = mysql_real_connect(con, url, "app", "pw", "orders", port, NULL, 0);
    pool_push(con);
  }
}

static redisSSLContext *ssl_ctx;
static int start_tls(redisContext *c) {
  return redisInitiateSSLWithContext(c, ssl_ctx);
}
void tls_cache(void) {
  redisContext *c = redisConnect("cache.internal", 6380);
  if (start_tls(c) != 0) /* hiredis >= 1.0: TLS in another function */
    printf("error: %s\n", c->errstr);
}
