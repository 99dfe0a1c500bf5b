// Connection strings and URLs built from pieces: the scheme, or the missing
// sslmode, is known even when the host is not. The fix-it edits the literal
// piece; a piece that is not known is never rewritten.
// RUN: %check_transit %s transit-plaintext-database,transit-plaintext-http,transit-plaintext-messaging %t -- -std=c++17 -isystem %S/Inputs/pq -isystem %S/Inputs/httpclients -isystem %S/Inputs/zmq

#include <cpr/cpr.h>
#include <cstdio>
#include <libpq-fe.h>
#include <string>
#include <zmq.hpp>

void zmq_from_argv(int argc, char **argv) {
  zmq::context_t context(1);
  zmq::socket_t requester(context, ZMQ_REQ);
  std::string address = "tcp://" + std::string(argv[1]);
  requester.connect(address);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'zmq::socket_t::connect' uses a tcp:// endpoint on a socket without CURVE security
}

cpr::Response http_with_host(const std::string &host) {
  return cpr::Get(cpr::Url{std::string("http://") + host + "/health"});
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'cpr::Url' names an http:// URL
  // CHECK-FIXES: return cpr::Get(cpr::Url{std::string("https://") + host + "/health"});
}

PGconn *formatted(const char *host, const char *db) {
  char conninfo[256];
  snprintf(conninfo, sizeof conninfo, "host=%s dbname=%s", host, db);
  // CHECK-FIXES: snprintf(conninfo, sizeof conninfo, "host=%s dbname=%s sslmode=verify-full", host, db);
  return PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-5]]:39: note: connection string defined here
}

PGconn *appended(const std::string &host) {
  std::string conninfo = "dbname=orders host=";
  conninfo += host;
  return PQconnectdb(conninfo.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'PQconnectdb' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: connection string defined here
}

// The silent counterparts: TLS in the known pieces, or nothing decided.

cpr::Response https_with_host(const std::string &host) {
  return cpr::Get(cpr::Url{std::string("https://") + host});
}

PGconn *formatted_tls(const char *host) {
  char conninfo[256];
  snprintf(conninfo, sizeof conninfo, "host=%s sslmode=verify-full", host);
  return PQconnectdb(conninfo);
}

PGconn *whole_string_unknown(const char *rest) {
  char conninfo[256];
  snprintf(conninfo, sizeof conninfo, "host=db.internal %s", rest); /* may add sslmode */
  return PQconnectdb(conninfo);
}

void scheme_unknown(zmq::socket_t &s, const std::string &transport) {
  s.connect(transport + "://broker.internal:5555");
}
