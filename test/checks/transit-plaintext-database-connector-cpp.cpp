// MySQL Connector/C++ (1.1 API, mock headers; test/real/ has Debian's).
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c++17 -isystem %S/Inputs/cppconn

#include <cppconn/driver.h>

void configure(sql::ConnectOptionsMap &options);

void f() {
  sql::Driver *driver = sql::mysql::get_mysql_driver_instance();
  sql::Connection *a = driver->connect("tcp://orders-db.internal:3306", "app", "secret");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'sql::Driver::connect' connects without TLS options, so the client falls back to plaintext; connect with a ConnectOptionsMap that sets sslEnforce and sslCA (OPT_SSL_MODE in Connector/C++ 8) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  sql::ConnectOptionsMap plain;
  plain["hostName"] = "tcp://orders-db.internal:3306";
  plain["userName"] = "app";
  sql::Connection *b = driver->connect(plain);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'sql::Driver::connect' connects without TLS options
  sql::Connection *c = driver->connect("unix:///run/mysqld/mysqld.sock", "app", "secret");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'sql::Driver::connect' connects through a Unix-domain socket

  sql::ConnectOptionsMap secure;
  secure["hostName"] = "tcp://orders-db.internal:3306";
  secure["sslCA"] = "/etc/ssl/ca.pem";
  secure["sslEnforce"] = true;
  sql::Connection *d = driver->connect(secure);
  sql::ConnectOptionsMap elsewhere;
  configure(elsewhere);
  sql::Connection *e = driver->connect(elsewhere);
  (void)a, (void)b, (void)c, (void)d, (void)e;
}
