// A small PostgreSQL client against Debian's real libpq-dev and libpqxx-dev
// (libpqxx 6.4) headers: flagged in both front ends, carve-outs honoured, and
// the file still compiles after the fixes.
// REQUIRES: libpq-headers, libpqxx-headers
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c++17 -isystem /usr/include/postgresql

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <string>

namespace orders {

static const char kPrimary[] = "host=orders-db.internal port=5432 dbname=orders user=orders";
// CHECK-FIXES: static const char kPrimary[] = "host=orders-db.internal port=5432 dbname=orders user=orders sslmode=verify-full";

PGconn *ConnectPrimary() {
  PGconn *conn = PQconnectdb(kPrimary);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'PQconnectdb' connects without sslmode, so libpq's default (prefer) falls back to plaintext; require TLS with sslmode=verify-full or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :14:32: note: connection string defined here
  if (PQstatus(conn) != CONNECTION_OK)
    return nullptr;
  return conn;
}

PGconn *ConnectReplica() {
  const char *keywords[] = {"host", "dbname", "sslmode", nullptr};
  const char *values[] = {"replica.internal", "orders", "prefer", nullptr};
  return PQconnectdbParams(keywords, values, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'PQconnectdbParams' connects with sslmode=prefer, which falls back to plaintext
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: sslmode=verify-full also verifies
  // CHECK-FIXES: const char *values[] = {"replica.internal", "orders", "verify-full", nullptr};
}

PGconn *ConnectLocal() {
  // ZFN-3 carve-out: Unix-domain socket of the database in this pod; never leaves the host.
  return PQconnectdb("host=/var/run/postgresql dbname=orders");
}

void Report() {
  pqxx::connection reporting{"postgresql://reporting.internal/orders"};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'pqxx::connection' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: sslmode=verify-full also verifies
  // CHECK-FIXES: pqxx::connection reporting{"postgresql://reporting.internal/orders?sslmode=verify-full"};
  pqxx::lazyconnection lazy{"host=lazy.internal sslmode=disable"};
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'pqxx::lazyconnection' connects with sslmode=disable
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: sslmode=verify-full also verifies
  // CHECK-FIXES: pqxx::lazyconnection lazy{"host=lazy.internal sslmode=verify-full"};
  pqxx::connection secure{"host=reporting.internal sslmode=verify-full"};
  pqxx::nullconnection none{"host=anything"};
  pqxx::work txn{reporting};
  txn.commit();
}

} // namespace orders
