// Boost.Asio, cpp-httplib, Poco::Net, gRPC, librdkafka and OpenSSL callbacks in C++
// against Debian's real headers, through both front ends.
// REQUIRES: boost-headers, httplib-headers, poco-headers, grpc-headers, openssl-headers, rdkafka-headers
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c++17

#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/SharedPtr.h>

#include <grpcpp/grpcpp.h>
#include <grpcpp/security/tls_certificate_verifier.h>
#include <grpcpp/security/tls_credentials_options.h>

#include <librdkafka/rdkafkacpp.h>
#include <memory>

namespace ssl = boost::asio::ssl;

void asio_client(boost::asio::io_context &io) {
  ssl::context ctx(ssl::context::tls_client);
  ctx.set_verify_mode(ssl::verify_none);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'set_verify_mode' sets ssl::verify_none, so any certificate is accepted and anyone on the network path can impersonate the server; use ssl::verify_peer: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: ctx.set_verify_mode(ssl::verify_peer);
  ssl::stream<boost::asio::ip::tcp::socket> stream(io, ctx);
  stream.set_verify_callback(
      [](bool, ssl::verify_context &) { return true; });
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'set_verify_callback' installs the lambda, which returns true for every certificate, {{.*}}; use ssl::host_name_verification (or return 'preverified'): authentication is never carved out
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: the callback is defined here
  stream.set_verify_callback(
      [](bool preverified, ssl::verify_context &) { return preverified; });
  stream.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
}

void asio_server() {
  ssl::context ctx(ssl::context::tls_server);
  ctx.set_verify_mode(ssl::verify_none); // no client certificates: the default
}

void httplib_client() {
  httplib::Client cli("https://orders.internal");
  // ZFN-3 carve-out: single VPC, encrypted by the cloud provider; staging uses self-signed certificates.
  cli.enable_server_certificate_verification(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'httplib::Client::enable_server_certificate_verification' turns server certificate verification off, {{.*}}; pass true: authentication is never carved out
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: a carve-out covers transport encryption only; it cannot excuse this site
  // CHECK-FIXES: cli.enable_server_certificate_verification(true);
  cli.enable_server_certificate_verification(true);
}

void poco() {
  using Poco::Net::Context;
  Context::Ptr client = new Context(Context::TLS_CLIENT_USE, "", Context::VERIFY_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'Poco::Net::Context' is created with VERIFY_NONE, {{.*}}; use VERIFY_RELAXED or VERIFY_STRICT: authentication is never carved out
  // CHECK-FIXES: Context::Ptr client = new Context(Context::TLS_CLIENT_USE, "", Context::VERIFY_RELAXED);
  Context::Ptr server = new Context(Context::TLS_SERVER_USE, "", Context::VERIFY_NONE);
  Context::Params params;
  params.verificationMode = Context::VERIFY_NONE;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Poco::Net::Context::Params::verificationMode' is set to VERIFY_NONE
  // CHECK-FIXES: params.verificationMode = Context::VERIFY_RELAXED;
  Context::Ptr fromParams = new Context(Context::TLS_CLIENT_USE, params);
  Poco::SharedPtr<Poco::Net::InvalidCertificateHandler> handler =
      new Poco::Net::AcceptCertificateHandler(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'Poco::Net::AcceptCertificateHandler' accepts every certificate that fails verification, {{.*}}; use Poco::Net::RejectCertificateHandler: authentication is never carved out
}

void grpc_tls() {
  grpc::experimental::TlsChannelCredentialsOptions options;
  options.set_verify_server_certs(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'grpc::experimental::TlsChannelCredentialsOptions::set_verify_server_certs' turns server certificate verification off
  // CHECK-FIXES: options.set_verify_server_certs(true);
  options.set_check_call_host(false);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'grpc::experimental::TlsCredentialsOptions::set_check_call_host' turns the per-call host check off, so the certificate's host name is not checked
  // CHECK-FIXES: options.set_check_call_host(true);
  options.set_certificate_verifier(
      std::make_shared<grpc::experimental::NoOpCertificateVerifier>());
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'grpc::experimental::NoOpCertificateVerifier' checks no peer identity
  options.set_certificate_verifier(
      std::make_shared<grpc::experimental::HostNameCertificateVerifier>());

  grpc::SslServerCredentialsOptions server(
      GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_BUT_DONT_VERIFY);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_BUT_DONT_VERIFY' asks clients for a certificate and does not verify it, so any client can present any identity; use the _AND_VERIFY variant: authentication is never carved out
  // CHECK-FIXES: GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
  grpc::SslServerCredentialsOptions verified(
      GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
}

class TrustEveryone : public grpc::experimental::ExternalCertificateVerifier {
  bool Verify(grpc::experimental::TlsCustomVerificationCheckRequest *request,
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'TrustEveryone::Verify' never reads the verification request, so it accepts every peer and anyone on the network path can impersonate it; check the peer's identity in the request: authentication is never carved out
              std::function<void(grpc::Status)> callback,
              grpc::Status *sync_status) override {
    *sync_status = grpc::Status::OK;
    return true;
  }
  void Cancel(grpc::experimental::TlsCustomVerificationCheckRequest *) override {}
};

class PinnedName : public grpc::experimental::ExternalCertificateVerifier {
  bool Verify(grpc::experimental::TlsCustomVerificationCheckRequest *request,
              std::function<void(grpc::Status)> callback,
              grpc::Status *sync_status) override {
    *sync_status = request->peer_cert().empty()
                       ? grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "none")
                       : grpc::Status::OK;
    return true;
  }
  void Cancel(grpc::experimental::TlsCustomVerificationCheckRequest *) override {}
};

void openssl_lambda(SSL_CTX *ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER,
                     [](int, X509_STORE_CTX *) { return 1; });
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 'SSL_CTX_set_verify' installs the lambda, which returns success for every certificate
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: the callback is defined here
}

void kafka(RdKafka::Conf *conf) {
  std::string err;
  conf->set("enable.ssl.certificate.verification", "false", err);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RdKafka::Conf::set' sets enable.ssl.certificate.verification=false, {{.*}}; set it to true: authentication is never carved out
  // CHECK-FIXES: conf->set("enable.ssl.certificate.verification", "true", err);
  conf->set("ssl.endpoint.identification.algorithm", "https", err);
}
