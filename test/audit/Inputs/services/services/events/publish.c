#include <librdkafka/rdkafka.h>

rd_kafka_conf_t *Events(void) {
  char err[256];
  rd_kafka_conf_t *conf = rd_kafka_conf_new();
  rd_kafka_conf_set(conf, "security.protocol", "ssl", err, sizeof err);
  rd_kafka_conf_set(conf, "bootstrap.servers", "kafka.internal:9093", err, sizeof err);
  return conf;
}
