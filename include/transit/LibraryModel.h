//===- transit/LibraryModel.h - What each client library does ---*- C++ -*-===//
//
// Library knowledge as data, in the manner of CodeQL's model files and the
// Static Analyzer's function summaries: one table per client library (under
// models/), one row per API, saying what the API does to a transport — it
// creates one, hands back the one it was given, belongs to it, puts TLS on
// it, asks for peer verification, carries a protocol over it, or merely uses
// it. The transport model (TransportModel.h) reads the tables; the checks
// are policies over what the model finds. Adding a library is mostly adding
// a table here and listing it in models/Models.def.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_LIBRARYMODEL_H
#define TRANSIT_LIBRARYMODEL_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>

namespace transit::model {

/// The kind of transport a library's handles are.
enum class Kind : uint8_t {
  PosixSocket, ///< a descriptor from socket()
  Asio,        ///< Boost.Asio / Asio / Beast sockets, acceptors, streams
  OpenSsl,     ///< SSL_CTX and the SSL objects made from it
  MySql,       ///< MYSQL handles (MySQL / MariaDB C API)
  Redis,       ///< hiredis contexts
  Mongo,       ///< libmongoc URIs, clients and pools
  Kafka,       ///< librdkafka configurations
  Zmq,         ///< ZeroMQ sockets (libzmq, cppzmq)
  Nats,        ///< nats.c options
  Amqp,        ///< rabbitmq-c sockets
  Grpc,        ///< gRPC credentials options (C core)
  Mosquitto,   ///< libmosquitto clients
  WolfSsl,     ///< wolfSSL contexts and sessions
  MbedTls,     ///< Mbed TLS configurations and contexts
  GnuTls,      ///< GnuTLS sessions and certificate credentials
  Ldap,        ///< OpenLDAP connections
  Evhttp,      ///< libevent evhttp servers
  Pistache,    ///< Pistache HTTP endpoints
  Crow,        ///< Crow web apps
};

/// What an API does to the transport its Handle designates.
enum class Role : uint8_t {
  Create,       ///< makes a new transport (its result or the object built)
  Same,         ///< its result is the transport at Handle (mysql_real_connect)
  Derive,       ///< its result, and any transport among its other arguments,
                ///< belong with the one at Handle (accept, SSL_new,
                ///< acceptor.accept(socket))
  Inherit,      ///< its result is a new object that inherits what is set on
                ///< the one at Handle, but not what is set on its siblings
                ///< (SSL_new(ctx))
  Tls,          ///< puts TLS on it, when the condition holds
  Weaken,       ///< sets a mode that allows plaintext (MYSQL SSL_MODE_DISABLED)
  Verify,       ///< asks for peer certificate verification, when the
                ///< condition holds (SSL_VERIFY_PEER)
  CheckHost,    ///< checks the peer's host name
  CheckResult,  ///< reads the outcome of verification (SSL_get_verify_result)
  Carries,      ///< carries the Detail protocol over it (Beast http::write)
  Unverify,     ///< turns peer certificate verification off when the
                ///< condition holds; Detail says how, Fix turns it back on
  UnverifyHost, ///< the same for host-name verification
  Use,          ///< a mere use: I/O, status, errors, clean-up
};

/// Which argument designates the transport. Arguments count from 0 after
/// the object of a member call.
enum : int8_t {
  Object = -1, ///< the object of a member call, or the object constructed
  Result = -2, ///< what the call returns
  AnyArg = -3, ///< every argument that designates a transport
};

/// A condition on one argument; a value not known at compile time makes a
/// condition "maybe" (see TransportModel::holds).
struct Condition {
  enum Test : uint8_t {
    Always,
    EnumIn,         ///< names one of Text's enumerators ("A|B")
    IntIn,          ///< an integer constant among Text's ("47|48")
    BitSet,         ///< (value & Int) != 0
    BitClear,       ///< (value & Int) == 0
    False,          ///< zero or false
    True,           ///< a non-zero integer or true
    PointeeTrue,    ///< `&v` (or `(void *)&v`) where v is non-zero
    PointeeAtLeast, ///< `&v` where v >= Int
    PointeeBelow,   ///< `&v` where v < Int
    PointeeIn,      ///< `&v` where v is among Text's integers ("0|3")
    StringIn,       ///< one of Text's strings, ASCII case-insensitively
    StringNotIn,    ///< none of Text's strings, ASCII case-insensitively
    NameStartsWith, ///< refers to a variable whose name starts with Text
  };
  Test T = Always;
  int8_t Arg = 0;
  llvm::StringLiteral Text = "";
  int64_t Int = 0;
};

/// One API of a library. Name is a C function ("mysql_options"), a
/// qualified function or method ("RdKafka::Conf::set",
/// "boost::beast::http::write"), or, for constructors, a qualified class
/// ("boost::asio::ssl::stream"; templates without their arguments).
struct Api {
  llvm::StringLiteral Name;
  Role R;
  int8_t Handle;
  Condition When = {};
  Condition And = {};
  /// Role::Carries: the protocol ("HTTP"). Role::Unverify: what the call
  /// does, as a message says it ("sets SSL_VERIFY_NONE").
  llvm::StringLiteral Detail = "";
  /// Role::Unverify: the value that turns verification back on (a fix-it).
  llvm::StringLiteral Fix = "";
  /// Role::Unverify: verification still runs and only its outcome is left
  /// to the caller (MBEDTLS_SSL_VERIFY_OPTIONAL), so a read of that outcome
  /// (a Role::CheckResult API of the library) anywhere in the translation
  /// unit makes the site one this tool cannot judge.
  bool UnlessResultRead = false;
};

struct Library {
  llvm::StringLiteral Name; ///< as users know it: "MySQL / MariaDB C API"
  Kind K;
  llvm::ArrayRef<Api> Apis;
};

/// Every library table (models/Models.def).
llvm::ArrayRef<const Library *> libraries();

} // namespace transit::model

#endif // TRANSIT_LIBRARYMODEL_H
