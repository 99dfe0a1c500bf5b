// Fix-its on connection strings that are not at the call: a string two calls
// share is fixed once (clang-tidy would otherwise insert once per finding),
// and a string that initialises a char array of a written size is fixed only
// when the array still holds the result (found by test/fixit/fix_safety.py
// on real code: `char db[100] = "...";` overflowed and stopped compiling).
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem %S/Inputs/pq

#include <libpq-fe.h>

static const char *conninfo = "host=db.internal dbname=orders";
// CHECK-FIXES: static const char *conninfo = "host=db.internal dbname=orders sslmode=verify-full";

PGconn *first(void) { return PQconnectdb(conninfo); }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'PQconnectdb' connects without sslmode, so libpq's default (prefer) falls back to plaintext; require TLS with sslmode=verify-full or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
// CHECK-MESSAGES: :[[@LINE-2]]:30: note: sslmode=verify-full also verifies
// CHECK-MESSAGES: :[[@LINE-6]]:31: note: connection string defined here
PGconn *second(void) { return PQconnectdb(conninfo); }
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'PQconnectdb' connects without sslmode
// CHECK-MESSAGES: :[[@LINE-2]]:31: note: sslmode=verify-full also verifies
// CHECK-MESSAGES: :[[@LINE-10]]:31: note: connection string defined here

PGconn *sized(void) {
  char small[40] = "host=db.internal dbname=orders";
  // CHECK-FIXES: char small[40] = "host=db.internal dbname=orders";
  char roomy[100] = "host=db.internal dbname=orders";
  // CHECK-FIXES: char roomy[100] = "host=db.internal dbname=orders sslmode=verify-full";
  char exact[] = "host=db.internal dbname=orders";
  // CHECK-FIXES: char exact[] = "host=db.internal dbname=orders sslmode=verify-full";
  char longer[40] = "host=db.internal sslmode=disable";
  // CHECK-FIXES: char longer[40] = "host=db.internal sslmode=verify-full";
  PQconnectdb(small);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-10]]:20: note: no automatic fix: the array this connection string initialises is too small for the fixed text
  // CHECK-MESSAGES: :[[@LINE-11]]:20: note: connection string defined here
  PQconnectdb(roomy);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-13]]:21: note: connection string defined here
  PQconnectdb(longer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'PQconnectdb' connects with sslmode=disable
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-13]]:21: note: connection string defined here
  return PQconnectdb(exact);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-19]]:18: note: connection string defined here
}

// Written exactly the literal's size: the literal's type does not tell it
// from a value, its declaration does.
PGconn *tight(void) {
  char tight[31] = "host=db.internal dbname=orders";
  // CHECK-FIXES: char tight[31] = "host=db.internal dbname=orders";
  return PQconnectdb(tight);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: no automatic fix: the array this connection string initialises is too small for the fixed text
  // CHECK-MESSAGES: :[[@LINE-5]]:20: note: connection string defined here
}
