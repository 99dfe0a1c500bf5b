// Database destinations, in C: a carve-out on a connection to a host outside
// the internal patterns is refused (by the site check, with a note, and by
// transit-carve-out at the comment); with several hosts, one external host
// is enough. Unix-domain sockets are no destination.
// RUN: %check_transit %s 'transit-plaintext-database,transit-carve-out' %t -- -std=c11 -isystem %S/Inputs/pq -isystem %S/Inputs/mysql

#include <libpq-fe.h>
#include <mysql.h>

PGconn *internal(void) {
  /* ZFN-3 carve-out: the replica is in this VPC, encrypted by the provider; reads only. */
  return PQconnectdb("host=replica.internal dbname=orders");
}

PGconn *external(void) {
  /* ZFN-3 carve-out: the vendor's database is reached over our VPN; reads only. */
  return PQconnectdb("host=10.0.0.8,db.vendor.example.com dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-2]]:6: warning: carve-out on traffic to 'db.vendor.example.com', an external destination (not in InternalHostPatterns): external traffic is never carved out; use TLS [transit-carve-out]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-5]]:6: note: a carve-out cannot cover traffic to 'db.vendor.example.com', an external destination (not in InternalHostPatterns): external traffic is never carved out
  // CHECK-FIXES: return PQconnectdb("host=10.0.0.8,db.vendor.example.com dbname=orders sslmode=verify-full");
}

PGconn *socket_dir(void) {
  /* ZFN-3 carve-out: the pgbouncer socket is in this pod; nothing leaves the host. */
  return PQconnectdb("host=/run/pgbouncer dbname=orders");
}

void mysql_public(MYSQL *m) {
  /* ZFN-3 carve-out: same VPC, encrypted by the provider; reads only. */
  mysql_real_connect(m, "203.0.113.7", "app", "pw", "orders", 3306, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-2]]:6: warning: carve-out on traffic to '203.0.113.7', an external destination
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'mysql_real_connect' connects without requiring TLS
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: a carve-out cannot cover traffic to '203.0.113.7'
}
