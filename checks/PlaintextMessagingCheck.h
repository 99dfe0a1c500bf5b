//===- PlaintextMessagingCheck.h - transit-plaintext-messaging --*- C++ -*-===//
#ifndef TRANSIT_CHECKS_PLAINTEXTMESSAGINGCHECK_H
#define TRANSIT_CHECKS_PLAINTEXTMESSAGINGCHECK_H

#include "transit/HandleUse.h"
#include "transit/SiteCheck.h"

namespace transit {

struct ConstantString;

/// Flags producer and consumer connections to message brokers and queues
/// that go over plaintext: RabbitMQ (rabbitmq-c, AMQP-CPP), Kafka
/// (librdkafka C and C++), NATS (nats.c), ZeroMQ (libzmq, cppzmq) and MQTT
/// (Eclipse Paho C and C++).
///
/// Docs: docs/checks/transit-plaintext-messaging.md
class PlaintextMessagingCheck : public SiteCheck {
public:
  PlaintextMessagingCheck(llvm::StringRef Name,
                          clang::tidy::ClangTidyContext *Context);
  void registerSiteMatchers(SiteMatchers &Sites) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  using MatchResult = clang::ast_matchers::MatchFinder::MatchResult;
  void checkRabbitTcpSocket(const MatchResult &Result,
                            const clang::CallExpr *Call);
  void checkAmqpAddress(const MatchResult &Result,
                        const clang::CXXConstructExpr *Construct);
  void checkKafkaSet(const MatchResult &Result, const clang::Expr *Site,
                     const KafkaProperty &Set);
  void checkNatsUrls(const MatchResult &Result, const clang::CallExpr *Call,
                     llvm::StringRef Api);
  void checkZmqEndpoint(const MatchResult &Result, const clang::CallExpr *Call,
                        const clang::Expr *Socket, const clang::Expr *Endpoint,
                        llvm::StringRef Api);
  /// mosquitto_connect and its variants: plaintext unless TLS is set on
  /// the client (models/Mosquitto.cpp).
  /// libcoap sessions and endpoints over UDP or TCP (not DTLS or TLS).
  void checkCoap(const MatchResult &Result, const clang::CallExpr *Call,
                 llvm::StringRef Api);
  /// Net-SNMP sessions set to v1 / v2c, or v3 without privacy.
  void checkSnmp(const MatchResult &Result, const clang::BinaryOperator *Set,
                 llvm::StringRef Field);
  void checkMosquittoConnect(const MatchResult &Result,
                             const clang::CallExpr *Call, llvm::StringRef Api);
  void checkMqttUri(const MatchResult &Result, const clang::Expr *Site,
                    llvm::StringRef Api, const clang::Expr *Uri);
  /// The finding for the URLs of \p Urls that use \p From, offering \p To;
  /// \p Undecided when the scheme is not known.
  std::optional<Finding> schemeFinding(const MatchResult &Result,
                                       const clang::Expr *Site,
                                       const ConstantString &Urls,
                                       llvm::StringRef From, llvm::StringRef To,
                                       std::string Message, std::string Note,
                                       bool &Undecided);
  /// Judges every value \p Urls may have with schemeFinding.
  void judgeSchemes(const MatchResult &Result, const clang::Expr *Site,
                    const clang::Expr *Urls, llvm::StringRef From,
                    llvm::StringRef To, const std::string &Message,
                    const std::string &Note);

  const bool AllowUnixDomainSockets;
};

} // namespace transit

#endif // TRANSIT_CHECKS_PLAINTEXTMESSAGINGCHECK_H
