// With ReportConnectionSites (what transit-audit --inventory sets), every
// site check also reports the connection sites it proved encrypted and those
// it could not judge, as remarks (transit/Reporting.h), by both front ends;
// its plaintext sites stay warnings. Off by default: no other test sees them.
// RUN: %check_transit %s 'transit-*' %t \
// RUN:   --config "{CheckOptions: {ReportConnectionSites: true}}" \
// RUN:   -- -std=c11 -isystem %S/Inputs/pq -isystem %S/Inputs/hiredis \
// RUN:   -isystem %S/Inputs/rdkafka -isystem %S/Inputs/zmq

#include <hiredis/hiredis.h>
#include <hiredis/hiredis_ssl.h>
#include <libpq-fe.h>
#include <librdkafka/rdkafka.h>
#include <sys/socket.h>
#include <zmq.h>

typedef struct WOLFSSL WOLFSSL;
int wolfSSL_set_fd(WOLFSSL *ssl, int fd);

void sockets(WOLFSSL *wolf, int family) {
  int tls = socket(AF_INET, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: remark: connection encrypted: 'socket': a TLS layer takes the descriptor over [transit-plaintext-socket]
  wolfSSL_set_fd(wolf, tls);
  int unknown = socket(family, SOCK_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: remark: connection not judged: 'socket': its address family or type is not known here [transit-plaintext-socket]
  (void)unknown;
}

PGconn *databases(const char *conninfo, redisSSLContext *ssl) {
  PQconnectdb("host=ledger.internal sslmode=verify-full");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: remark: connection encrypted: 'PQconnectdb': its connection string requires TLS (sslmode) [transit-plaintext-database]
  PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: remark: connection not judged: 'PQconnectdb': gets a connection string that is not known at compile time [transit-plaintext-database]
  redisContext *c = redisConnect("cache.internal", 6380);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: remark: connection encrypted: 'redisConnect': TLS is started on the context [transit-plaintext-database]
  redisInitiateSSLWithContext(c, ssl);
  // Unparseable: libpq rejects it, so it is neither plaintext nor encrypted.
  PQconnectdb("host='unterminated");
  return PQconnectdb("host=reports.internal");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'PQconnectdb' connects without sslmode, so libpq's default (prefer) falls back to plaintext; {{.*}} [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: sslmode=verify-full also verifies {{.*}}
  // CHECK-FIXES: return PQconnectdb("host=reports.internal sslmode=verify-full");
}

void messaging(void *ctx, const char *endpoint) {
  char err[128];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "security.protocol", "ssl", err, sizeof err);
  rd_kafka_conf_set(conf, "bootstrap.servers", "kafka.internal:9093", err, sizeof err);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: remark: connection encrypted: 'rd_kafka_conf_set': security.protocol is ssl or sasl_ssl [transit-plaintext-messaging]
  void *s = zmq_socket(ctx, 0);
  zmq_connect(s, endpoint);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: remark: connection not judged: 'zmq_connect': the endpoint or CURVE is not known here [transit-plaintext-messaging]
  zmq_connect(s, "inproc://workers");
}
