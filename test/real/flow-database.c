// The real-code idioms against Debian's real headers: hiredis 0.14 (no TLS
// at all) whose error is printed, a MariaDB connection pushed into a pool,
// a MongoDB URI whose plaintext default argv may replace.
// REQUIRES: mariadb-headers, hiredis-headers, mongoc-headers
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem /usr/include/mariadb -isystem /usr/include/libmongoc-1.0 -isystem /usr/include/libbson-1.0

#include <hiredis/hiredis.h>
#include <mongoc/mongoc.h>
#include <mysql.h>
#include <stdio.h>
#include <stdlib.h>

int cache(int argc, char **argv) {
  const char *hostname = (argc > 1) ? argv[1] : "127.0.0.1";
  struct timeval timeout = {1, 500000};
  redisContext *c = redisConnectWithTimeout(hostname, 6379, timeout);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnectWithTimeout' opens a plaintext Redis connection
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: this hiredis has no TLS support
  if (c == NULL || c->err) {
    if (c)
      printf("Connection error: %s\n", c->errstr);
    exit(1);
  }
  redisFree(c);
  return 0;
}

MYSQL *pool[4];
void fill(const char *url, int port) {
  for (int i = 0; i < 4; i++) {
    MYSQL *con = NULL;
    con = mysql_init(con);
    con = mysql_real_connect(con, url, "app", "pw", "orders", port, NULL, 0);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'mysql_real_connect' connects without requiring TLS
    if (!con)
      fprintf(stderr, "%s\n", mysql_error(con));
    pool[i] = con;
  }
}

int list(int argc, char **argv) {
  const char *uri_string = "mongodb://127.0.0.1/?appname=client-example";
  // CHECK-FIXES: const char *uri_string = "mongodb://127.0.0.1/?appname=client-example&tls=true";
  bson_error_t error;
  if (argc > 1)
    uri_string = argv[1];
  mongoc_uri_t *uri = mongoc_uri_new_with_error(uri_string, &error);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'mongoc_uri_new_with_error' connects to MongoDB without tls=true
  // CHECK-MESSAGES: :[[@LINE-7]]:28: note: connection string defined here
  mongoc_uri_destroy(uri);
  return 0;
}
