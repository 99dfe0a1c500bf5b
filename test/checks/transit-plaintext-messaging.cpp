// AMQP-CPP (mock headers: not in Debian 12). The C APIs and the other C++
// clients are tested against their real headers in test/real/messaging-*.
// RUN: %check_transit %s transit-plaintext-messaging %t -- -std=c++17 -isystem %S/Inputs/amqpcpp

#include <amqpcpp.h>

static const char *const kBroker = "amqp://orders:secret@rabbit.internal:5672/orders";
// CHECK-FIXES: static const char *const kBroker = "amqps://orders:secret@rabbit.internal:5672/orders";

void Connect(AMQP::TcpHandler *handler) {
  AMQP::TcpConnection connection(handler, AMQP::Address("amqp://guest:guest@rabbit.internal/"));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 'AMQP::Address' names an amqp:// broker, so AMQP traffic is plaintext; use amqps:// (with AMQP::TcpHandler's TLS support) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-MESSAGES: :[[@LINE-2]]:43: note: the broker's TLS listener is usually on port 5671
  // CHECK-FIXES: AMQP::TcpConnection connection(handler, AMQP::Address("amqps://guest:guest@rabbit.internal/"));
  AMQP::Address address(kBroker);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'AMQP::Address' names an amqp:// broker
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: the broker's TLS listener is usually on port 5671
  // CHECK-MESSAGES: :7:36: note: address defined here
  AMQP::Address secure("amqps://rabbit.internal/");
  // ZFN-3 carve-out: loopback only; the RabbitMQ shovel in this pod holds TLS upstream.
  AMQP::Address local("amqp://127.0.0.1/");
}
