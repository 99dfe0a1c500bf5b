// MongoDB: the C driver and mongocxx (mock headers; test/real/ has Debian's
// libmongoc). mongodb:// needs tls=true; mongodb+srv:// implies TLS.
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c++17 -isystem %S/Inputs/mongo

#include <mongoc/mongoc.h>
#include <mongocxx/uri.hpp>

void c_driver() {
  mongoc_client_t *a = mongoc_client_new("mongodb://orders-db.internal:27017");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'mongoc_client_new' connects to MongoDB without tls=true, so traffic is plaintext; add tls=true to the URI or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-FIXES: mongoc_client_t *a = mongoc_client_new("mongodb://orders-db.internal:27017/?tls=true");
  mongoc_uri_t *b = mongoc_uri_new("mongodb://db1.internal,db2.internal/orders?replicaSet=rs0");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'mongoc_uri_new' connects to MongoDB without tls=true
  // CHECK-FIXES: mongoc_uri_t *b = mongoc_uri_new("mongodb://db1.internal,db2.internal/orders?replicaSet=rs0&tls=true");
  mongoc_client_pool_t *pool = mongoc_client_pool_new(b);
  mongoc_uri_t *c = mongoc_uri_new_with_error("mongodb+srv://cluster.internal/?tls=false", nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'mongoc_uri_new_with_error' connects to MongoDB with tls=false, so traffic is plaintext
  // CHECK-FIXES: mongoc_uri_t *c = mongoc_uri_new_with_error("mongodb+srv://cluster.internal/?tls=true", nullptr);
  mongoc_client_t *d = mongoc_client_new("mongodb://%2Ftmp%2Fmongodb-27017.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'mongoc_client_new' connects through a Unix-domain socket
  (void)a, (void)pool, (void)c, (void)d;
}

void c_driver_secure(const char *from_env) {
  mongoc_client_t *a = mongoc_client_new("mongodb://db.internal/?tls=true");
  mongoc_client_t *b = mongoc_client_new("mongodb://db.internal/?ssl=TRUE");
  mongoc_client_t *c = mongoc_client_new("mongodb+srv://cluster.internal/orders");
  mongoc_uri_t *d = mongoc_uri_new("mongodb://db.internal/orders");
  mongoc_uri_set_option_as_bool(d, MONGOC_URI_TLS, true);
  mongoc_client_t *e = mongoc_client_new(from_env);
  // ZFN-3 carve-out: loopback only; the mongos router runs in this pod.
  mongoc_client_t *f = mongoc_client_new("mongodb://127.0.0.1:27017");
  (void)a, (void)b, (void)c, (void)e, (void)f;
}

void cxx_driver() {
  mongocxx::uri uri{"mongodb://orders-db.internal:27017/orders"};
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'mongocxx::uri' connects to MongoDB without tls=true
  // CHECK-FIXES: mongocxx::uri uri{"mongodb://orders-db.internal:27017/orders?tls=true"};
  mongocxx::client client{mongocxx::uri{"mongodb+srv://cluster.internal/orders"}};
  mongocxx::client secure{mongocxx::uri{"mongodb://db.internal/?tls=true&tlsCAFile=/etc/ca.pem"}};
}
