// libpqxx 7 (mock headers; test/real/ covers Debian's libpqxx 6): connection
// strings given as literals, constants and std::string.
// RUN: %check_transit %s transit-plaintext-database %t -- -std=c++17 -isystem %S/Inputs/pq

#include <pqxx/pqxx>

#include <map>
#include <string>

constexpr const char *kReplica = "postgresql://replica.internal/orders";
// CHECK-FIXES: constexpr const char *kReplica = "postgresql://replica.internal/orders?sslmode=verify-full";

void connect(const std::string &from_flags) {
  pqxx::connection a{"host=db.internal dbname=orders"};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'pqxx::connection' connects without sslmode, so libpq's default (prefer) falls back to plaintext; require TLS with sslmode=verify-full or add a 'ZFN-3 carve-out:' comment [transit-plaintext-database]
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: sslmode=verify-full also verifies
  // CHECK-FIXES: pqxx::connection a{"host=db.internal dbname=orders sslmode=verify-full"};
  pqxx::connection b(kReplica);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'pqxx::connection' connects without sslmode
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :10:34: note: connection string defined here
  const std::string options = "host=db.internal sslmode=prefer";
  pqxx::connection c{options};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'pqxx::connection' connects with sslmode=prefer
  // CHECK-MESSAGES: :[[@LINE-2]]:20: note: sslmode=verify-full also verifies
  // CHECK-MESSAGES: :[[@LINE-4]]:31: note: connection string defined here
  // CHECK-FIXES: const std::string options = "host=db.internal sslmode=verify-full";
  auto d = pqxx::connection{std::string("host=db.internal sslmode=disable")};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'pqxx::connection' connects with sslmode=disable
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: sslmode=verify-full also verifies
  // CHECK-FIXES: auto d = pqxx::connection{std::string("host=db.internal sslmode=verify-full")};

  // Silent: TLS required, unknown strings, no string at all.
  pqxx::connection e{"host=db.internal sslmode=verify-full"};
  pqxx::connection f{from_flags};
  pqxx::connection g;
  pqxx::connection h{std::map<std::string, std::string>{{"host", "db.internal"}}};
  // ZFN-3 carve-out: loopback only, the pgbouncer sidecar in this pod; it holds TLS to the database.
  pqxx::connection i{"host=127.0.0.1 port=6432 dbname=orders"};
}
