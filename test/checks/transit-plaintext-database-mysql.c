// MySQL / MariaDB C API: mysql_real_connect on a handle the same function
// never set to require TLS.
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem %S/Inputs/mysql

#include <mysql.h>

void configure_tls(MYSQL *m);

void plain(void) {
  MYSQL mysql;
  mysql_init(&mysql);
  mysql_real_connect(&mysql, "orders-db.internal", "app", "pw", "orders", 3306, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mysql_real_connect' connects without requiring TLS, so the client falls back to plaintext; require TLS with mysql_options (MYSQL_OPT_SSL_MODE = SSL_MODE_VERIFY_IDENTITY, or MariaDB's MYSQL_OPT_SSL_ENFORCE) before connecting or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  mysql_close(&mysql);
}

void preferred(void) {
  MYSQL *conn = mysql_init(NULL);
  enum mysql_ssl_mode mode = SSL_MODE_PREFERRED;
  mysql_options(conn, MYSQL_OPT_SSL_MODE, &mode);
  mysql_real_connect(conn, "orders-db.internal", "app", "pw", "orders", 0, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mysql_real_connect' connects with SSL_MODE_PREFERRED, which falls back to plaintext
  mysql_close(conn);
}

void disabled(void) {
  MYSQL *conn = mysql_init(NULL);
  unsigned int mode = SSL_MODE_DISABLED;
  mysql_options(conn, MYSQL_OPT_SSL_MODE, (void *)&mode);
  if (!mysql_real_connect(conn, "10.0.0.5", "app", "pw", "orders", 0, NULL, 0))
    return;
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: 'mysql_real_connect' connects with SSL_MODE_DISABLED, which never encrypts
  mysql_close(conn);
}

void unix_socket(void) {
  MYSQL *conn = mysql_init(NULL);
  mysql_real_connect(conn, "localhost", "app", "pw", "orders", 0, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mysql_real_connect' to localhost connects through the server's Unix-domain socket, whose traffic is never encrypted; add a 'ZFN-3 carve-out:' comment that keeps it on the host [transit-plaintext-database]
  mysql_close(conn);
}

void secure(void) {
  MYSQL *a = mysql_init(NULL);
  enum mysql_ssl_mode mode = SSL_MODE_VERIFY_IDENTITY;
  mysql_options(a, MYSQL_OPT_SSL_MODE, &mode);
  mysql_real_connect(a, "orders-db.internal", "app", "pw", "orders", 0, NULL, 0);

  MYSQL b;
  mysql_init(&b);
  my_bool enforce = 1;
  mysql_options(&b, MYSQL_OPT_SSL_ENFORCE, &enforce);
  mysql_real_connect(&b, "orders-db.internal", "app", "pw", "orders", 0, NULL, 0);

  MYSQL *c = mysql_init(NULL);
  mysql_ssl_set(c, NULL, NULL, "/etc/ssl/ca.pem", NULL, NULL);
  mysql_real_connect(c, "orders-db.internal", "app", "pw", "orders", 0, NULL, 0);

  MYSQL *d = mysql_init(NULL);
  mysql_real_connect(d, "orders-db.internal", "app", "pw", "orders", 0, NULL, CLIENT_SSL);

  MYSQL *e = mysql_init(NULL);
  configure_tls(e); /* code outside the TU: nothing here shows TLS */
  mysql_real_connect(e, "orders-db.internal", "app", "pw", "orders", 0, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mysql_real_connect' connects without requiring TLS
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the connection is handed to 'configure_tls', whose code this translation unit does not have: TLS added there cannot be verified here

  MYSQL *f = mysql_init(NULL);
  // ZFN-3 carve-out: loopback only; the ProxySQL sidecar in the pod holds TLS upstream.
  mysql_real_connect(f, "127.0.0.1", "app", "pw", "orders", 6033, NULL, 0);
  mysql_close(a), mysql_close(&b), mysql_close(c), mysql_close(d), mysql_close(e), mysql_close(f);
}
