// Mock of AMQP-CPP's <amqpcpp.h> (4.x): AMQP::Address and TcpConnection.
#pragma once
#include <string>
namespace AMQP {
class Address {
public:
  Address(const char *address);
  Address(const std::string &address);
};
class TcpHandler {};
class TcpConnection {
public:
  TcpConnection(TcpHandler *handler, const Address &address);
};
} // namespace AMQP
