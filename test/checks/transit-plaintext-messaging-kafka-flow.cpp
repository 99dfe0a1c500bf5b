// librdkafka configurations followed through the translation unit: brokers
// set (literal or not) on a configuration on which nothing sets
// security.protocol is a finding, in C++ as in C; security.protocol set in a
// helper, a constructor or another method counts.
// RUN: %check_transit %s transit-plaintext-messaging %t -- -std=c++17 -isystem %S/Inputs/rdkafka

#include <iostream>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>
#include <string>

RdKafka::Producer *producer(const std::string &brokers) {
  std::string errstr;
  RdKafka::Conf *conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  if (conf->set("bootstrap.servers", brokers, errstr) != RdKafka::Conf::CONF_OK)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'RdKafka::Conf::set' sets bootstrap.servers but nothing here sets security.protocol
    std::cerr << errstr << std::endl;
  return RdKafka::Producer::create(conf, errstr);
}

class Reader {
public:
  explicit Reader(const std::string &servers) {
    std::string errstr;
    conf_ = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
    conf_->set("group.id", "readers", errstr);
    conf_->set("metadata.broker.list", servers, errstr);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'RdKafka::Conf::set' sets metadata.broker.list but nothing here sets security.protocol
    consumer_ = RdKafka::KafkaConsumer::create(conf_, errstr);
  }

private:
  RdKafka::Conf *conf_;
  RdKafka::KafkaConsumer *consumer_;
};

// The silent counterparts.

static void secure(RdKafka::Conf *conf) {
  std::string errstr;
  conf->set("security.protocol", "ssl", errstr);
  conf->set("ssl.ca.location", "/etc/ssl/ca.pem", errstr);
}
RdKafka::Producer *tls_producer(const std::string &brokers) {
  std::string errstr;
  RdKafka::Conf *conf = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
  secure(conf); /* security.protocol set in a helper */
  conf->set("bootstrap.servers", brokers, errstr);
  return RdKafka::Producer::create(conf, errstr);
}

class TlsReader {
public:
  explicit TlsReader(const std::string &servers) {
    std::string errstr;
    conf_ = RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL);
    conf_->set("bootstrap.servers", servers, errstr);
    init();
  }
  void init() {
    std::string errstr;
    conf_->set("security.protocol", "SASL_SSL", errstr); /* another method */
  }

private:
  RdKafka::Conf *conf_;
};

static rd_kafka_conf_t *make_conf(void) {
  char errstr[512];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "security.protocol", "ssl", errstr, sizeof errstr);
  return conf;
}
rd_kafka_t *c_producer(const char *brokers) {
  char errstr[512];
  rd_kafka_conf_t *conf = make_conf(); /* made, with TLS, by a helper */
  rd_kafka_conf_set(conf, "bootstrap.servers", brokers, errstr, sizeof errstr);
  return rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr);
}
