// Orders service: its database and cache connections.
#include <libpq-fe.h>

// The primary database is in another availability zone: this must be TLS.
PGconn *ConnectPrimary() {
  return PQconnectdb("host=orders-db.internal dbname=orders user=orders");
}

// The local pgbouncer is in the same pod, over its Unix-domain socket.
PGconn *ConnectPooler() {
  // ZFN-3 carve-out: Unix-domain socket of the pgbouncer sidecar in this pod;
  // the bytes never leave the host, and pgbouncer holds TLS to the database.
  return PQconnectdb("host=/var/run/pgbouncer dbname=orders");
}
