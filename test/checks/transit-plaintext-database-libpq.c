// libpq, in C: every connection function, both conninfo forms, the sslmode
// rules, keyword/value arrays, and the fix-its that set sslmode=verify-full.
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c11 -isystem %S/Inputs/pq

#include <libpq-fe.h>

void keyword_value(void) {
  PGconn *a = PQconnectdb("host=db.internal dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects without sslmode, so libpq's default (prefer) falls back to plaintext; require TLS with sslmode=verify-full or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies the server's certificate and host name: the client needs the CA certificate (sslrootcert)
  // CHECK-FIXES: PGconn *a = PQconnectdb("host=db.internal dbname=orders sslmode=verify-full");
  PGconn *b = PQconnectdb("host=db.internal sslmode=disable dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects with sslmode=disable, which never encrypts; require TLS
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: PGconn *b = PQconnectdb("host=db.internal sslmode=verify-full dbname=orders");
  PGconn *c = PQconnectStart("host=db.internal sslmode = 'allow'");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectStart' connects with sslmode=allow, which tries plaintext first
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: PGconn *c = PQconnectStart("host=db.internal sslmode = verify-full");
  PGconn *d = PQconnectdb("host=db.internal "
                          "sslmode=prefer");
  // CHECK-MESSAGES: :[[@LINE-2]]:15: warning: 'PQconnectdb' connects with sslmode=prefer, which falls back to plaintext
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: "sslmode=verify-full");
  PQfinish(a), PQfinish(b), PQfinish(c), PQfinish(d);
}

void uris(void) {
  PGconn *a = PQconnectdb("postgresql://app@db1.internal:5432,db2.internal/orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: PGconn *a = PQconnectdb("postgresql://app@db1.internal:5432,db2.internal/orders?sslmode=verify-full");
  PGconn *b = PQconnectdb("postgres://db.internal/orders?connect_timeout=5&sslmode=prefer");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects with sslmode=prefer
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: PGconn *b = PQconnectdb("postgres://db.internal/orders?connect_timeout=5&sslmode=verify-full");
  PGconn *c = PQconnectdb("postgresql://db.internal/orders?connect_timeout=5");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: PGconn *c = PQconnectdb("postgresql://db.internal/orders?connect_timeout=5&sslmode=verify-full");
  PQfinish(a), PQfinish(b), PQfinish(c);
}

static const char *const kOrdersDb = "host=orders.internal dbname=orders";
// CHECK-FIXES: static const char *const kOrdersDb = "host=orders.internal dbname=orders sslmode=verify-full";

void through_constants(void) {
  PGconn *a = PQconnectdb(kOrdersDb);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-7]]:38: note: connection string defined here
  const char *local = "host=cache.internal sslmode=disable";
  PGconn *b = PQconnectdb(local);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects with sslmode=disable
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: connection string defined here
  // CHECK-FIXES: const char *local = "host=cache.internal sslmode=verify-full";
  PQfinish(a), PQfinish(b);
}

void params(void) {
  const char *keywords[] = {"host", "dbname", NULL};
  const char *values[] = {"db.internal", "orders", NULL};
  PGconn *a = PQconnectdbParams(keywords, values, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdbParams' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: const char *keywords[] = {"host", "dbname", "sslmode", NULL};
  // CHECK-FIXES: const char *values[] = {"db.internal", "orders", "verify-full", NULL};
  const char *k2[] = {"host", "sslmode", NULL};
  const char *v2[] = {"db.internal", "prefer", NULL};
  PGconn *b = PQconnectStartParams(k2, v2, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectStartParams' connects with sslmode=prefer
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: sslmode=verify-full also verifies
  // CHECK-FIXES: const char *v2[] = {"db.internal", "verify-full", NULL};
  const char *k3[4] = {"host", "dbname", NULL};
  const char *v3[4] = {"db.internal", "orders", NULL};
  PGconn *c = PQconnectdbParams(k3, v3, 0); /* fixed-size arrays: no room to insert */
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdbParams' connects without sslmode
  PQfinish(a), PQfinish(b), PQfinish(c);
}

void setdb(void) {
  PGconn *a = PQsetdbLogin("db.internal", "5432", NULL, NULL, "orders", "app", "pw");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQsetdbLogin' cannot ask for TLS, so libpq's default (sslmode=prefer) falls back to plaintext; use PQconnectdb with sslmode=verify-full or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  PGconn *b = PQsetdb("db.internal", "5432", NULL, NULL, "orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQsetdbLogin' cannot ask for TLS
  PQfinish(a), PQfinish(b);
}

void unix_sockets(void) {
  PGconn *a = PQconnectdb("host=/var/run/postgresql dbname=orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'PQconnectdb' connects through a Unix-domain socket, whose traffic is never encrypted; add a 'ZFN-3 carve-out:' comment that keeps it on the host [transit-plaintext-database]
  // ZFN-3 carve-out: Unix-domain socket in the pod; the database runs beside us.
  PGconn *b = PQconnectdb("host=/var/run/postgresql dbname=orders");
  PQfinish(a), PQfinish(b);
}

void silent(const char *from_config, int argc, char **argv) {
  PGconn *a = PQconnectdb("host=db.internal sslmode=require");
  PGconn *b = PQconnectdb("host=db.internal sslmode=verify-ca");
  PGconn *c = PQconnectdb("postgresql://db.internal/orders?sslmode=verify-full");
  PGconn *d = PQconnectdb("postgresql://db.internal/orders?ssl=true");
  PGconn *e = PQconnectdb("host=db.internal requiressl=1");
  PGconn *f = PQconnectdb(from_config);            /* not known: silent by default */
  PGconn *g = PQconnectdb("dbname");               /* libpq rejects it: never connects */
  PGconn *h = PQconnectdb("host=db.internal sslmode=Require"); /* rejected too */
  const char *conninfo = "host=db.internal sslmode=verify-full";
  if (argc > 1)
    conninfo = argv[1];                            /* a safe default, or argv */
  PGconn *i = PQconnectdb(conninfo);
  PGconn *j = PQsetdbLogin("db.internal", NULL, NULL, NULL,
                           "host=db.internal sslmode=verify-full", NULL, NULL);
  const char *k[] = {"host", "sslmode", NULL};
  const char *v[] = {"db.internal", "verify-full", NULL};
  PGconn *l = PQconnectdbParams(k, v, 0);
  const char *k2[] = {"dbname", NULL};
  const char *v2[] = {"postgresql://db.internal/orders?sslmode=require", NULL};
  PGconn *m = PQconnectdbParams(k2, v2, 1);
  PQfinish(a), PQfinish(b), PQfinish(c), PQfinish(d), PQfinish(e), PQfinish(f);
  PQfinish(g), PQfinish(h), PQfinish(i), PQfinish(j), PQfinish(l), PQfinish(m);
}
