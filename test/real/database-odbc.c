// unixODBC (unixodbc-dev) against Debian's real headers, through every
// front end: SQL Server's Encrypt and TrustServerCertificate, psqlODBC's and
// MySQL Connector/ODBC's SSLMode, FreeTDS's Encryption, a string left to the
// driver's default, and one from configuration.
// REQUIRES: odbc-headers
// RUN: %check_transit %s 'transit-plaintext-database,transit-unverified-peer' %t -- -std=c11

#include <sql.h>
#include <sqlext.h>
#include <stddef.h>

SQLRETURN SqlServer(SQLHDBC dbc) {
  return SQLDriverConnect(dbc, NULL,
                          (SQLCHAR *)"Driver={ODBC Driver 18 for SQL Server};Server=tcp:orders-db.internal,1433;Database=orders;Encrypt=no;",
                          SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: 'SQLDriverConnect' connects with Encrypt=no, so the database traffic is plaintext; use Encrypt=yes or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-FIXES: (SQLCHAR *)"Driver={ODBC Driver 18 for SQL Server};Server=tcp:orders-db.internal,1433;Database=orders;Encrypt=yes;",
}

SQLRETURN Trusting(SQLHDBC dbc) {
  return SQLDriverConnect(dbc, NULL,
                          (SQLCHAR *)"Driver={ODBC Driver 18 for SQL Server};Server=orders-db.internal;Encrypt=yes;TrustServerCertificate=yes",
                          SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: 'SQLDriverConnect' connects with TrustServerCertificate=yes, so any certificate is accepted and anyone on the network path can impersonate the server; use TrustServerCertificate=no: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: (SQLCHAR *)"Driver={ODBC Driver 18 for SQL Server};Server=orders-db.internal;Encrypt=yes;TrustServerCertificate=no",
}

static const char Postgres[] = "Driver={PostgreSQL Unicode};Servername=pg.internal;Database=orders;SSLMode=disable";
SQLRETURN PsqlOdbc(SQLHDBC dbc) {
  SQLCHAR out[1024];
  SQLSMALLINT len;
  return SQLDriverConnect(dbc, NULL, (SQLCHAR *)Postgres, SQL_NTS, out, sizeof out, &len, SQL_DRIVER_NOPROMPT);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SQLDriverConnect' connects with SSLMode=disable, {{.*}}; use SSLMode=verify-full or {{.*}} [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: SSLMode=verify-full also verifies the server's certificate and host name: the driver needs the CA certificate
  // CHECK-MESSAGES: :[[@LINE-7]]:32: note: connection string defined here
  // CHECK-FIXES: static const char Postgres[] = "Driver={PostgreSQL Unicode};Servername=pg.internal;Database=orders;SSLMode=verify-full";
}

SQLRETURN Browse(SQLHDBC dbc) {
  SQLCHAR out[1024];
  SQLSMALLINT len;
  return SQLBrowseConnect(dbc, (SQLCHAR *)"DRIVER={MySQL ODBC 8.0 Driver};SERVER=mysql.internal;SSLMODE=DISABLED;", SQL_NTS, out, sizeof out, &len);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'SQLBrowseConnect' connects with SSLMODE=DISABLED, {{.*}}; use SSLMODE=VERIFY_IDENTITY or {{.*}} [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: SSLMODE=VERIFY_IDENTITY also verifies {{.*}}
  // CHECK-FIXES: return SQLBrowseConnect(dbc, (SQLCHAR *)"DRIVER={MySQL ODBC 8.0 Driver};SERVER=mysql.internal;SSLMODE=VERIFY_IDENTITY;", SQL_NTS, out, sizeof out, &len);
}

SQLRETURN FreeTds(SQLHDBC dbc) {
  // ZFN-3 carve-out: the reporting replica listens on 127.0.0.1 in this pod; it holds no personal data.
  return SQLDriverConnect(dbc, NULL, (SQLCHAR *)"Driver=FreeTDS;Server=127.0.0.1;Port=1433;Encryption=off", SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
}

// Asked for, left to the driver, or not known here: silent.
SQLRETURN Silent(SQLHDBC dbc, SQLCHAR *configured) {
  SQLDriverConnect(dbc, NULL, (SQLCHAR *)"Driver={ODBC Driver 18 for SQL Server};Server=db.internal;Encrypt=strict", SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
  SQLDriverConnect(dbc, NULL, (SQLCHAR *)"DSN=orders;", SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
  return SQLDriverConnect(dbc, NULL, configured, SQL_NTS, NULL, 0, NULL, SQL_DRIVER_NOPROMPT);
}
