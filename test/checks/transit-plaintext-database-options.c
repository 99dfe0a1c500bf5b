// StrictConnectionStrings reports strings not known at compile time;
// AllowUnixDomainSockets (a global option) silences Unix-socket connections.
// RUN: %check_transit %s transit-plaintext-database %t \
// RUN:   --config "{CheckOptions: {transit-plaintext-database.StrictConnectionStrings: true, AllowUnixDomainSockets: true}}" \
// RUN:   -- -std=c11 -isystem %S/Inputs/pq

#include <libpq-fe.h>

void f(const char *from_config, const char *host) {
  PGconn *a = PQconnectdb(from_config);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' gets a connection string that is not known at compile time, so nothing here shows that it requires TLS; make sure it sets sslmode=verify-full or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  const char *keywords[] = {"host", "sslmode", NULL};
  const char *values[] = {host, from_config, NULL};
  PGconn *b = PQconnectdbParams(keywords, values, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdbParams' gets a connection string that is not known at compile time
  PGconn *c = PQconnectdb("host=/var/run/postgresql dbname=orders");
  PGconn *d = PQconnectdb("host=db.internal sslmode=verify-full");
  PQfinish(a), PQfinish(b), PQfinish(c), PQfinish(d);
}
