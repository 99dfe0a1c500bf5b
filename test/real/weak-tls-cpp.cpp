// Boost.Asio contexts, Poco::Net contexts and librdkafka's C++ API against
// Debian's real headers, through both front ends.
// REQUIRES: boost-headers, poco-headers, rdkafka-headers, openssl-headers
// RUN: %check_transit %s transit-weak-tls %t -- -std=c++17

#include <boost/asio/ssl.hpp>

#include <Poco/Net/Context.h>

#include <librdkafka/rdkafkacpp.h>

#include <memory>

namespace ssl = boost::asio::ssl;

void asio() {
  ssl::context old(ssl::context::tlsv1_client);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'ssl::context::tlsv1_client' speaks only TLS 1.0, which has known attacks and lacks modern cipher suites; use tlsv12_client: weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: ssl::context old(ssl::context::tlsv12_client);
  ssl::context flexible(ssl::context::sslv23);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'ssl::context::sslv23' accepts every protocol version the library allows, TLS 1.0 and 1.1 included, and nothing here sets no_tlsv1 | no_tlsv1_1; call set_options(ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1) on it: weak TLS is never carved out
  ssl::context floored(ssl::context::tls_client);
  floored.set_options(ssl::context::default_workarounds | ssl::context::no_sslv3 |
                      ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
  ssl::context native(ssl::context::tls);
  SSL_CTX_set_min_proto_version(native.native_handle(), TLS1_2_VERSION);
  auto shared = std::make_shared<ssl::context>(ssl::context::tlsv11_server);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ssl::context::tlsv11_server' speaks only TLS 1.1
  // CHECK-FIXES: auto shared = std::make_shared<ssl::context>(ssl::context::tlsv12_server);
  ssl::context modern(ssl::context::tlsv13_client);
  SSL_CTX_set_cipher_list(modern.native_handle(), "ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'SSL_CTX_set_cipher_list' enables cipher suites with no authentication (aNULL), RC4, 3DES and no forward secrecy (RSA or PSK key exchange) (AECDH-AES256-SHA, for one)
  // CHECK-FIXES: SSL_CTX_set_cipher_list(modern.native_handle(), "ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH:!aNULL:!RC4:!3DES:!kRSA:!kPSK:!kRSAPSK");
}

class Client {
  ssl::context ctx_{ssl::context::tls_client};

public:
  Client() { ctx_.set_options(ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1); }
};

void poco() {
  using Poco::Net::Context;
  Context::Ptr old = new Context(Context::TLSV1_CLIENT_USE, "");
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'Poco::Net::Context' with TLSV1_CLIENT_USE speaks only TLS 1.0, which has known attacks and lacks modern cipher suites; use TLSV1_2_CLIENT_USE: weak TLS is never carved out
  // CHECK-FIXES: Context::Ptr old = new Context(Context::TLSV1_2_CLIENT_USE, "");
  Context::Ptr flexible = new Context(Context::CLIENT_USE, "");
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'Poco::Net::Context' with CLIENT_USE accepts every protocol version the library allows, TLS 1.0 and 1.1 included, and nothing here raises the minimum; call requireMinimumProtocol(Context::PROTO_TLSV1_2) on it: weak TLS is never carved out
  Context::Ptr floored = new Context(Context::TLS_CLIENT_USE, "");
  floored->requireMinimumProtocol(Context::PROTO_TLSV1_2);
  Context::Ptr disabled = new Context(Context::SERVER_USE, "");
  disabled->disableProtocols(Context::PROTO_SSLV2 | Context::PROTO_SSLV3 |
                             Context::PROTO_TLSV1 | Context::PROTO_TLSV1_1);
  Context::Ptr ciphers =
      new Context(Context::TLSV1_2_CLIENT_USE, "", Context::VERIFY_RELAXED, 9,
                  true, "DEFAULT:RC4-SHA");
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'Poco::Net::Context' enables cipher suites with RC4, 3DES and no forward secrecy
  // CHECK-FIXES: true, "DEFAULT:RC4-SHA:!RC4:!3DES:!kRSA:!kPSK:!kRSAPSK");
  // Poco's own default list, written out, on a context with no floor: two
  // findings.
  Context::Ptr copied = new Context(Context::CLIENT_USE, "", "", "",
                                    Context::VERIFY_RELAXED, 9, false,
                                    "ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH");
  // CHECK-MESSAGES: :[[@LINE-3]]:29: warning: 'Poco::Net::Context' with CLIENT_USE accepts every protocol version
  // CHECK-MESSAGES: :[[@LINE-2]]:37: warning: 'Poco::Net::Context' enables cipher suites with no authentication (aNULL), RC4, 3DES and no forward secrecy
  // CHECK-FIXES: "ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH:!aNULL:!RC4:!3DES:!kRSA:!kPSK:!kRSAPSK");
  Context::Params params;
  params.cipherList = "ECDHE+AESGCM:NULL-SHA";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Poco::Net::Context::Params::cipherList' enables cipher suites with no encryption (eNULL) and no forward secrecy
  // CHECK-FIXES: params.cipherList = "ECDHE+AESGCM:NULL-SHA:!eNULL:!kRSA";
}

void kafka(RdKafka::Conf *conf) {
  std::string err;
  conf->set("ssl.cipher.suites", "AES128-SHA", err);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RdKafka::Conf::set' enables cipher suites with no forward secrecy (RSA or PSK key exchange) (AES128-SHA, for one)
  conf->set("ssl.cipher.suites", "ECDHE-RSA-AES256-GCM-SHA384", err);
}
