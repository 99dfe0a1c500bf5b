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
  redisContext *c = redisConnect("cache.internal", 6379);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'redisConnect' makes a connection that another function may configure, so nothing here shows that it requires TLS; require TLS where the connection is set up or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  secure_elsewhere(c);
  MYSQL *m = mysql_init(nullptr);
  tls_setup(m);
  mysql_real_connect(m, "orders-db.internal", "app", "pw", "orders", 0, nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mysql_real_connect' makes a connection that another function may configure
  (void)a;
}
