// rabbitmq-c, librdkafka, nats.c, libzmq and Paho MQTT C against Debian's
// real headers, in C, through both front ends.
// REQUIRES: rabbitmq-headers, rdkafka-headers, nats-headers, zmq-headers, paho-headers
// RUN: %check_transit %s transit-plaintext-messaging %t -- -std=c11

#include <MQTTAsync.h>
#include <MQTTClient.h>
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <librdkafka/rdkafka.h>
#include <nats/nats.h>
#include <stddef.h>
#include <zmq.h>
// CHECK-FIXES: #include <amqp_ssl_socket.h>

amqp_socket_t *rabbit(amqp_connection_state_t conn) {
  amqp_socket_t *socket = amqp_tcp_socket_new(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'amqp_tcp_socket_new' opens a plaintext AMQP connection; use amqp_ssl_socket_new or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-MESSAGES: :[[@LINE-2]]:27: note: configure the broker's CA with amqp_ssl_socket_set_cacert; peer and host-name verification stay on
  // CHECK-FIXES: amqp_socket_t *socket = amqp_ssl_socket_new(conn);
  amqp_socket_open(socket, "broker.internal", 5672);
  return socket;
}

rd_kafka_conf_t *kafka(char *errstr, size_t size) {
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "bootstrap.servers", "kafka-1.internal:9092", errstr, size);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'rd_kafka_conf_set' sets bootstrap.servers but nothing here sets security.protocol, whose default is plaintext; set security.protocol=ssl (or sasl_ssl) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  rd_kafka_conf_t *sasl = rd_kafka_conf_new();
  rd_kafka_conf_set(sasl, "bootstrap.servers", "kafka-1.internal:9092", errstr, size);
  rd_kafka_conf_set(sasl, "security.protocol", "SASL_PLAINTEXT", errstr, size);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'rd_kafka_conf_set' sets security.protocol=SASL_PLAINTEXT, so Kafka traffic is unencrypted; use sasl_ssl or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-FIXES: rd_kafka_conf_set(sasl, "security.protocol", "sasl_ssl", errstr, size);
  rd_kafka_conf_t *secure = rd_kafka_conf_new();
  rd_kafka_conf_set(secure, "bootstrap.servers", "kafka-1.internal:9093", errstr, size);
  rd_kafka_conf_set(secure, "security.protocol", "ssl", errstr, size);
  rd_kafka_conf_destroy(sasl), rd_kafka_conf_destroy(secure);
  return conf;
}

natsConnection *nats(void) {
  natsConnection *nc = NULL;
  natsConnection_ConnectTo(&nc, "nats://nats-1.internal:4222,nats://nats-2.internal:4222");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'natsConnection_ConnectTo' connects to nats:// servers, so NATS traffic is plaintext; use tls:// (or natsOptions_SetSecure) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-FIXES: natsConnection_ConnectTo(&nc, "tls://nats-1.internal:4222,tls://nats-2.internal:4222");
  natsOptions *opts = NULL;
  natsOptions_Create(&opts);
  natsOptions_SetURL(opts, "nats://nats-1.internal:4222");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'natsOptions_SetURL' connects to nats:// servers
  // CHECK-FIXES: natsOptions_SetURL(opts, "tls://nats-1.internal:4222");
  natsOptions *cluster = NULL;
  natsOptions_Create(&cluster);
  const char *servers[] = {"nats://nats-1.internal:4222", "tls://nats-2.internal:4222"};
  // CHECK-FIXES: const char *servers[] = {"tls://nats-1.internal:4222", "tls://nats-2.internal:4222"};
  natsOptions_SetServers(cluster, servers, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'natsOptions_SetServers' connects to nats:// servers
  natsOptions *secure = NULL;
  natsOptions_Create(&secure);
  natsOptions_SetURL(secure, "nats://nats-1.internal:4222");
  natsOptions_SetSecure(secure, true);
  natsConnection_Connect(&nc, opts);
  return nc;
}

void zeromq(void *ctx) {
  void *pub = zmq_socket(ctx, ZMQ_PUB);
  zmq_bind(pub, "tcp://*:5556");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'zmq_bind' uses a tcp:// endpoint on a socket without CURVE security, so messages cross the network in plaintext; configure CURVE (ZMQ_CURVE_SERVER, ZMQ_CURVE_SERVERKEY) or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  void *ipc = zmq_socket(ctx, ZMQ_PULL);
  zmq_connect(ipc, "ipc:///run/app/events.sock");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'zmq_connect' uses an ipc:// endpoint, a Unix-domain socket, whose traffic is never encrypted; add a 'ZFN-3 carve-out:' comment that keeps it on the host [transit-plaintext-messaging]
  void *curve = zmq_socket(ctx, ZMQ_REP);
  int server = 1;
  zmq_setsockopt(curve, ZMQ_CURVE_SERVER, &server, sizeof server);
  zmq_bind(curve, "tcp://*:5557");
  void *multicast = zmq_socket(ctx, ZMQ_PUB);
  zmq_connect(multicast, "epgm://eth0;239.192.1.1:5555");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'zmq_connect' uses an epgm:// endpoint on a socket without CURVE security
  void *inproc = zmq_socket(ctx, ZMQ_PAIR);
  zmq_bind(inproc, "inproc://workers");
}

void mqtt(void) {
  MQTTClient client;
  MQTTClient_create(&client, "tcp://broker.internal:1883", "orders", MQTTCLIENT_PERSISTENCE_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'MQTTClient_create' connects to an MQTT broker over tcp://, so messages are plaintext; use ssl:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-messaging]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the broker's TLS listener is usually on port 8883, not 1883
  // CHECK-FIXES: MQTTClient_create(&client, "ssl://broker.internal:1883", "orders", MQTTCLIENT_PERSISTENCE_NONE, NULL);
  MQTTAsync async;
  MQTTAsync_create(&async, "ws://broker.internal:8080/mqtt", "orders", MQTTCLIENT_PERSISTENCE_NONE, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'MQTTAsync_create' connects to an MQTT broker over ws://, so messages are plaintext; use wss://
  // CHECK-FIXES: MQTTAsync_create(&async, "wss://broker.internal:8080/mqtt", "orders", MQTTCLIENT_PERSISTENCE_NONE, NULL);
  MQTTClient secure;
  MQTTClient_create(&secure, "ssl://broker.internal:8883", "orders", MQTTCLIENT_PERSISTENCE_NONE, NULL);
  // ZFN-3 carve-out: loopback only; the mosquitto bridge in this pod holds TLS upstream.
  MQTTClient_create(&client, "tcp://127.0.0.1:1883", "bridge", MQTTCLIENT_PERSISTENCE_NONE, NULL);
}
