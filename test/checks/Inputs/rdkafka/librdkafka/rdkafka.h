/* The parts of <librdkafka/rdkafka.h> the checks read (2.0). */
#ifndef MOCK_RDKAFKA_H
#define MOCK_RDKAFKA_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct rd_kafka_conf_s rd_kafka_conf_t;
typedef struct rd_kafka_s rd_kafka_t;
typedef enum { RD_KAFKA_CONF_OK = 0 } rd_kafka_conf_res_t;
typedef enum { RD_KAFKA_PRODUCER, RD_KAFKA_CONSUMER } rd_kafka_type_t;
rd_kafka_conf_t *rd_kafka_conf_new(void);
rd_kafka_conf_res_t rd_kafka_conf_set(rd_kafka_conf_t *conf, const char *name,
                                      const char *value, char *errstr,
                                      size_t errstr_size);
rd_kafka_t *rd_kafka_new(rd_kafka_type_t type, rd_kafka_conf_t *conf,
                         char *errstr, size_t errstr_size);
#ifdef __cplusplus
}
#endif
#endif
