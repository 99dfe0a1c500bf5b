//===- Kafka.cpp - librdkafka (C and C++) ---------------------------------===//
//
// A configuration is plaintext unless security.protocol is set on it:
// security.protocol's default is plaintext. The brokers it names are where
// the transport is reported (bootstrap.servers, metadata.broker.list).
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Condition ProtocolC = {Condition::StringIn, 1, "security.protocol"};
constexpr Condition ProtocolCpp = {Condition::StringIn, 0, "security.protocol"};
constexpr Condition EncryptedC = {Condition::StringNotIn, 2,
                                  "plaintext|sasl_plaintext"};
constexpr Condition EncryptedCpp = {Condition::StringNotIn, 1,
                                    "plaintext|sasl_plaintext"};
constexpr Condition PlainC = {Condition::StringIn, 2,
                              "plaintext|sasl_plaintext"};
constexpr Condition PlainCpp = {Condition::StringIn, 1,
                                "plaintext|sasl_plaintext"};

constexpr Api Apis[] = {
    {"rd_kafka_conf_new", Role::Create, Result},
    {"RdKafka::Conf::create", Role::Create, Result},
    {"rd_kafka_conf_dup", Role::Derive, 0},
    {"RdKafka::Conf::dup", Role::Derive, Object},
    {"rd_kafka_conf_set", Role::Tls, 0, ProtocolC, EncryptedC},
    {"RdKafka::Conf::set", Role::Tls, Object, ProtocolCpp, EncryptedCpp},
    {"rd_kafka_conf_set", Role::Weaken, 0, ProtocolC, PlainC},
    {"RdKafka::Conf::set", Role::Weaken, Object, ProtocolCpp, PlainCpp},
    {"rd_kafka_conf_set", Role::Use, 0},
    {"RdKafka::Conf::set", Role::Use, Object},
    {"rd_kafka_conf_destroy", Role::Use, 0},
    {"rd_kafka_conf_set_dr_msg_cb", Role::Use, 0},
    {"rd_kafka_new", Role::Use, 1},
    {"RdKafka::Producer::create", Role::Use, 0},
    {"RdKafka::KafkaConsumer::create", Role::Use, 0},
    {"RdKafka::Consumer::create", Role::Use, 0},
};

} // namespace

extern const Library KafkaModel = {"librdkafka", Kind::Kafka, Apis};

} // namespace transit::model
