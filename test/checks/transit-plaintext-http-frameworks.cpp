// Drogon's listener, Crow's app and the AWS SDK for C++'s client
// configuration, against mock headers written from their public docs (none
// is in Debian 12: test/checks/Inputs/httpclients), through every front end.
// RUN: %check_transit %s 'transit-plaintext-http,transit-unverified-peer,transit-weak-tls' %t -- -std=c++17 -isystem %S/Inputs/httpclients

#include <aws/core/client/ClientConfiguration.h>
#include <crow/crow.h>
#include <drogon/drogon.h>

#include <string>

void DrogonApp(bool configured) {
  drogon::app().addListener("0.0.0.0", 8080);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'drogon::HttpAppFramework::addListener' without useSSL serves plaintext HTTP; pass useSSL = true with the certificate and key files, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  drogon::app().addListener("0.0.0.0", 8443, true, "/etc/ssl/server.pem", "/etc/ssl/server.key");
  drogon::app().addListener("0.0.0.0", 8444, true, "/etc/ssl/server.pem", "/etc/ssl/server.key", true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'drogon::HttpAppFramework::addListener' with useOldTLS allows TLS 1.0 and 1.1, which have known attacks and lack modern cipher suites; pass useOldTLS = false: weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: drogon::app().addListener("0.0.0.0", 8444, true, "/etc/ssl/server.pem", "/etc/ssl/server.key", false);
  drogon::app().addListener("0.0.0.0", 8445, configured);
  // ZFN-3 carve-out: the metrics listener binds 127.0.0.1 only; the node agent scrapes it locally.
  drogon::app().addListener("127.0.0.1", 9100).run();
}

void CrowApp() {
  crow::SimpleApp app;
  app.port(18080).multithreaded().run();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'crow::Crow::run' serves plaintext HTTP: nothing here calls ssl_file or ssl_chainfile on the app; call one before running it (CROW_ENABLE_SSL), or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  crow::SimpleApp secure;
  secure.port(18443).ssl_file("/etc/ssl/server.crt", "/etc/ssl/server.key").run();
  crow::App<> later;
  later.ssl_chainfile("/etc/ssl/chain.pem", "/etc/ssl/server.key");
  later.port(18444).run_async();
}

void Given(crow::SimpleApp &app) { app.run(); }

void AwsSdk(const std::string &configured) {
  Aws::Client::ClientConfiguration config;
  config.scheme = Aws::Http::Scheme::HTTP;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Aws::Client::ClientConfiguration::scheme' is Scheme::HTTP, so every AWS request and response crosses the network in plaintext; use Aws::Http::Scheme::HTTPS or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: config.scheme = Aws::Http::Scheme::HTTPS;
  config.endpointOverride = "http://s3.internal:9000";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Aws::Client::ClientConfiguration::endpointOverride' is an http:// URL, {{.*}} [transit-plaintext-http]
  // CHECK-FIXES: config.endpointOverride = "https://s3.internal:9000";
  config.verifySSL = false;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'Aws::Client::ClientConfiguration::verifySSL' is false, so any certificate is accepted and anyone on the network path can impersonate the server; leave it true: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: config.verifySSL = true;
  Aws::Client::ClientConfiguration secure;
  secure.scheme = Aws::Http::Scheme::HTTPS;
  secure.endpointOverride = configured;
  secure.endpointOverride = "https://s3.internal";
  secure.verifySSL = true;
}
