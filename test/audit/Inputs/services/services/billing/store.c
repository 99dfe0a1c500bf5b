#include <hiredis/hiredis.h>
#include <hiredis/hiredis_ssl.h>
#include <libpq-fe.h>

PGconn *Ledger(void) {
  return PQconnectdb("host=ledger.internal dbname=ledger sslmode=verify-full");
}

PGconn *Reports(void) {
  return PQconnectdb("host=reports.internal dbname=reports");
}

PGconn *Configured(const char *conninfo) {
  return PQconnectdb(conninfo);
}

redisContext *Cache(redisSSLContext *tls) {
  redisContext *c = redisConnect("cache.internal", 6380);
  redisInitiateSSLWithContext(c, tls);
  return c;
}
