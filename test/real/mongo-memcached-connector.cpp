// Debian's real libmongoc-dev, libmemcached-dev and libmysqlcppconn-dev
// headers, through both front ends.
// REQUIRES: mongoc-headers, memcached-headers, mysqlcppconn-headers
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c++17 -isystem /usr/include/libmongoc-1.0 -isystem /usr/include/libbson-1.0

#include <cppconn/driver.h>
#include <libmemcached/memcached.h>
#include <mongoc/mongoc.h>
#include <mysql_driver.h>

mongoc_client_t *OrdersStore() {
  mongoc_client_t *client = mongoc_client_new("mongodb://orders-db.internal:27017/orders?appname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'mongoc_client_new' connects to MongoDB without tls=true, so traffic is plaintext; add tls=true to the URI or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-FIXES: mongoc_client_t *client = mongoc_client_new("mongodb://orders-db.internal:27017/orders?appname=orders&tls=true");
  return client;
}

mongoc_client_pool_t *AnalyticsPool() {
  mongoc_uri_t *uri = mongoc_uri_new("mongodb://analytics.internal/analytics");
  mongoc_uri_set_option_as_bool(uri, MONGOC_URI_TLS, true);
  mongoc_client_pool_t *pool = mongoc_client_pool_new(uri);
  mongoc_uri_destroy(uri);
  return pool;
}

memcached_st *Sessions() {
  memcached_st *memc = memcached_create(nullptr);
  memcached_server_add(memc, "sessions.internal", 11211);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'memcached_server_add' connects to memcached in plaintext: libmemcached has no TLS; reach memcached through a TLS tunnel (a mesh sidecar, stunnel) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // ZFN-3 carve-out: loopback only; the mcrouter sidecar encrypts to the pool.
  memcached_server_add(memc, "127.0.0.1", 5000);
  return memc;
}

sql::Connection *Billing() {
  sql::mysql::MySQL_Driver *driver = sql::mysql::get_mysql_driver_instance();
  return driver->connect("tcp://billing-db.internal:3306", "billing", "secret");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'sql::Driver::connect' connects without TLS options, so the client falls back to plaintext
}

sql::Connection *BillingSecure() {
  sql::Driver *driver = sql::mysql::get_mysql_driver_instance();
  sql::ConnectOptionsMap options;
  options["hostName"] = "tcp://billing-db.internal:3306";
  options["sslCA"] = "/etc/ssl/certs/billing-ca.pem";
  return driver->connect(options);
}
