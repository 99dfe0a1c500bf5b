// librdkafka's C++ API, cppzmq and Paho MQTT C++ against Debian's real
// headers, through both front ends.
// REQUIRES: rdkafka-headers, zmq-headers, paho-headers
// RUN: %check_transit %s transit-plaintext-messaging %t -- -std=c++17

#include <librdkafka/rdkafkacpp.h>
#include <mqtt/async_client.h>
#include <mqtt/client.h>
#include <zmq.hpp>

#include <memory>
#include <string>

RdKafka::Conf *KafkaConf() {
  std::string errstr;
  RdKafka::Conf *conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  conf->set("bootstrap.servers", "kafka-1.internal:9092", errstr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RdKafka::Conf::set' sets bootstrap.servers but nothing here sets security.protocol, whose default is plaintext; set security.protocol=ssl (or sasl_ssl) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  RdKafka::Conf *plain = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  plain->set("metadata.broker.list", "kafka-1.internal:9092", errstr);
  plain->set("security.protocol", "plaintext", errstr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RdKafka::Conf::set' sets security.protocol=plaintext, so Kafka traffic is unencrypted; use ssl or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-FIXES: plain->set("security.protocol", "ssl", errstr);
  RdKafka::Conf *secure = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  secure->set("bootstrap.servers", "kafka-1.internal:9093", errstr);
  secure->set("security.protocol", "sasl_ssl", errstr);
  delete plain;
  delete secure;
  return conf;
}

void ZeroMq(zmq::context_t &ctx) {
  zmq::socket_t pub(ctx, zmq::socket_type::pub);
  pub.bind("tcp://*:5556");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'zmq::socket_t::bind' uses a tcp:// endpoint on a socket without CURVE security
  zmq::socket_t server(ctx, zmq::socket_type::rep);
  server.set(zmq::sockopt::curve_server, 1);
  server.bind("tcp://*:5557");
  zmq::socket_t local(ctx, zmq::socket_type::pair);
  local.connect("inproc://workers");
}

void Mqtt() {
  mqtt::client client("tcp://broker.internal:1883", "orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'mqtt::client' connects to an MQTT broker over tcp://, so messages are plaintext; use ssl:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-MESSAGES: :[[@LINE-2]]:16: note: the broker's TLS listener is usually on port 8883, not 1883
  // CHECK-FIXES: mqtt::client client("ssl://broker.internal:1883", "orders");
  mqtt::async_client async("mqtt://broker.internal:1884", "orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'mqtt::async_client' connects to an MQTT broker over mqtt://
  // CHECK-FIXES: mqtt::async_client async("mqtts://broker.internal:1884", "orders");
  mqtt::async_client secure("ssl://broker.internal:8883", "orders");
}
