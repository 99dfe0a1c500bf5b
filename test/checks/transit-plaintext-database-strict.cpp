// StrictConnectionStrings also reports what may be secured out of sight:
// strings from elsewhere, handles handed to other functions.
// RUN: %check_transit %s transit-plaintext-database %t \
// RUN:   --config "{CheckOptions: {transit-plaintext-database.StrictConnectionStrings: true}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs/mongo -isystem %S/Inputs/hiredis -isystem %S/Inputs/mysql

#include <hiredis/hiredis.h>
#include <mongoc/mongoc.h>
#include <mysql.h>

void secure_elsewhere(redisContext *c);
void tls_setup(MYSQL *m);

void f(const char *uri) {
  mongoc_client_t *a = mongoc_client_new(uri);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'mongoc_client_new' gets a connection string that is not known at compile time, so nothing here shows that it requires TLS; make sure it sets tls=true or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // Handles handed to code outside the TU are findings without the option too
  // (transit-plaintext-database-handed-on.c); strict mode changes nothing there.
  redisContext *c = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnect' opens a plaintext Redis connection
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: this hiredis has no TLS support
  secure_elsewhere(c);
  MYSQL *m = mysql_init(nullptr);
  tls_setup(m);
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: 'mysql_real_connect' connects without requiring TLS
  mysql_real_connect(m, "orders-db.internal", "app", "pw", "orders", 0, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the connection is handed to 'tls_setup'
  (void)a;
}
