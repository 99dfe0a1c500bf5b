// SOCI (libsoci-dev) against Debian's real headers, through every front end:
// the PostgreSQL backend's libpq connection string and the ODBC backend's,
// given to soci::session or session::open by factory or by name.
// REQUIRES: soci-headers
// RUN: %check_transit %s 'transit-plaintext-database,transit-unverified-peer' %t -- -std=c++17 -I/usr/include/postgresql

#include <soci/odbc/soci-odbc.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <string>

void Postgres() {
  soci::session sql(soci::postgresql, "host=orders-db.internal dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'soci::session' connects without sslmode, so libpq's default (prefer) falls back to plaintext; {{.*}} [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: sslmode=verify-full also verifies the server's certificate and host name: the client needs the CA certificate (sslrootcert)
  // CHECK-FIXES: soci::session sql(soci::postgresql, "host=orders-db.internal dbname=orders sslmode=verify-full");
  soci::session secure(soci::postgresql, "host=orders-db.internal dbname=orders sslmode=verify-full");
}

void ByName(soci::session &sql) {
  sql.open("postgresql", "host=orders-db.internal sslmode=disable");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'soci::session::open' connects with sslmode=disable, {{.*}} [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: sslmode=verify-full {{.*}}
  // CHECK-FIXES: sql.open("postgresql", "host=orders-db.internal sslmode=verify-full");
  sql.open(soci::odbc, "Driver={ODBC Driver 18 for SQL Server};Server=mssql.internal;Encrypt=no");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'soci::session::open' connects with Encrypt=no, so the database traffic is plaintext; {{.*}} [transit-plaintext-database]
  // CHECK-FIXES: sql.open(soci::odbc, "Driver={ODBC Driver 18 for SQL Server};Server=mssql.internal;Encrypt=yes");
  sql.open(soci::odbc, "Driver={ODBC Driver 18 for SQL Server};Server=mssql.internal;TrustServerCertificate=true");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'soci::session::open' connects with TrustServerCertificate=true, {{.*}} [transit-unverified-peer]
  // CHECK-FIXES: sql.open(soci::odbc, "Driver={ODBC Driver 18 for SQL Server};Server=mssql.internal;TrustServerCertificate=no");
}

// A local file, a string from configuration: silent.
void Silent(const std::string &configured) {
  soci::session local("sqlite3", "db=/var/lib/orders.db");
  soci::session remote(soci::postgresql, configured);
}
