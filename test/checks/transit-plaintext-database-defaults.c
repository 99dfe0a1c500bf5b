// A plaintext default that the command line or the environment may override
// at run time is still a finding: reported at the call, with the fix-it on
// the literal. Only when no value the TU shows is plaintext, and some are not
// known, is the call left alone (not provable here).
// RUN: %check_transit %s transit-plaintext-database %t -- -std=gnu11 -isystem %S/Inputs/pq -isystem %S/Inputs/mongo

#include <libpq-fe.h>
#include <mongoc/mongoc.h>
#include <stdlib.h>

void ternary(int argc, char **argv) {
  const char *conninfo =
      argc > 1 ? argv[1] : "host=10.0.0.5 dbname=orders";
  // CHECK-FIXES: argc > 1 ? argv[1] : "host=10.0.0.5 dbname=orders sslmode=verify-full";
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-5]]:28: note: connection string defined here
  PQfinish(conn);
}

void if_else(int argc, char **argv) {
  const char *conninfo;
  if (argc > 1)
    conninfo = argv[1];
  else
    conninfo = "host=10.0.0.6 dbname=orders";
  // CHECK-FIXES: conninfo = "host=10.0.0.6 dbname=orders sslmode=verify-full";
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-5]]:16: note: connection string defined here
  PQfinish(conn);
}

void from_env(void) {
  const char *conninfo = getenv("ORDERS_DB") ?: "host=db.internal";
  // CHECK-FIXES: const char *conninfo = getenv("ORDERS_DB") ?: "host=db.internal sslmode=verify-full";
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-5]]:49: note: connection string defined here
  PQfinish(conn);
}

void mongo_reassigned(int argc, char **argv) {
  const char *uri_string = "mongodb://127.0.0.1/?appname=client-example";
  // CHECK-FIXES: const char *uri_string = "mongodb://127.0.0.1/?appname=client-example&tls=true";
  bson_error_t error;
  if (argc > 1)
    uri_string = argv[1];
  mongoc_uri_t *uri = mongoc_uri_new_with_error(uri_string, &error);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'mongoc_uri_new_with_error' connects to MongoDB without tls=true
  // CHECK-MESSAGES: :[[@LINE-7]]:28: note: connection string defined here
  mongoc_uri_destroy(uri);
}

void assigned_once(void) {
  const char *uri_string;
  bson_error_t error;
  uri_string = "mongodb://localhost:27017/db?replicaSet=rs0";
  // CHECK-FIXES: uri_string = "mongodb://localhost:27017/db?replicaSet=rs0&tls=true";
  mongoc_uri_t *uri = mongoc_uri_new_with_error(uri_string, &error);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'mongoc_uri_new_with_error' connects to MongoDB without tls=true
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: connection string defined here
  mongoc_uri_destroy(uri);
}

static PGconn *connect_to(const char *conninfo) { return PQconnectdb(conninfo); }
// CHECK-MESSAGES: :[[@LINE-1]]:58: warning: 'PQconnectdb' connects with sslmode=disable, which never encrypts
// CHECK-MESSAGES: :[[@LINE-2]]:58: note: sslmode=verify-full also verifies
void through_a_helper(void) {
  PGconn *a = connect_to("host=db.internal sslmode=verify-full");
  PGconn *b = connect_to("host=db.internal sslmode=disable");
  // CHECK-FIXES: PGconn *b = connect_to("host=db.internal sslmode=verify-full");
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: connection string defined here
  PQfinish(a), PQfinish(b);
}

// The silent counterparts: a secure default, and nothing known at all.

void secure_default(int argc, char **argv) {
  const char *conninfo = "host=db.internal sslmode=verify-full";
  if (argc > 1)
    conninfo = argv[1];
  PQfinish(PQconnectdb(conninfo));
}

void nothing_known(int argc, char **argv) {
  const char *conninfo = argc > 1 ? argv[1] : getenv("ORDERS_DB");
  PQfinish(PQconnectdb(conninfo));
}
