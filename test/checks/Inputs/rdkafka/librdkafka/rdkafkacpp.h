// The parts of <librdkafka/rdkafkacpp.h> the checks read (2.0).
#ifndef MOCK_RDKAFKACPP_H
#define MOCK_RDKAFKACPP_H
#include <string>
namespace RdKafka {
class Conf {
public:
  enum ConfType { CONF_GLOBAL, CONF_TOPIC };
  enum ConfResult { CONF_UNKNOWN = -2, CONF_INVALID = -1, CONF_OK = 0 };
  static Conf *create(ConfType type);
  virtual ~Conf() {}
  virtual ConfResult set(const std::string &name, const std::string &value,
                         std::string &errstr) = 0;
};
class Producer {
public:
  static Producer *create(const Conf *conf, std::string &errstr);
};
class KafkaConsumer {
public:
  static KafkaConsumer *create(const Conf *conf, std::string &errstr);
};
} // namespace RdKafka
#endif
