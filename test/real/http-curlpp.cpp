// curlpp (libcurlpp-dev) against Debian's real headers, through every front
// end: the URL and proxy options in place, with new and through
// setOpt<Option>(value), and the two verification switches.
// REQUIRES: curlpp-headers
// RUN: %check_transit %s 'transit-plaintext-http,transit-unverified-peer' %t -- -std=c++17

#include <curlpp/Easy.hpp>
#include <curlpp/Options.hpp>
#include <curlpp/cURLpp.hpp>
#include <string>

void Fetch(curlpp::Easy &request) {
  request.setOpt(curlpp::options::Url("http://inventory.internal/items"));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'curlpp::options::Url' names an http:// URL, so the request and the response cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: request.setOpt(curlpp::options::Url("https://inventory.internal/items"));
  request.setOpt(new curlpp::options::Proxy("http://proxy.internal:3128"));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'curlpp::options::Proxy' names an http:// URL, so the proxy connection is plaintext; {{.*}} [transit-plaintext-http]
  // CHECK-FIXES: request.setOpt(new curlpp::options::Proxy("https://proxy.internal:3128"));
  request.setOpt<curlpp::options::Url>("http://inventory.internal/health");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curlpp::options::Url' names an http:// URL, {{.*}} [transit-plaintext-http]
  // CHECK-FIXES: request.setOpt<curlpp::options::Url>("https://inventory.internal/health");
  request.setOpt(curlpp::options::Url("https://inventory.internal/items"));
  request.perform();
}

void FromConfiguration(curlpp::Easy &request, const std::string &url) {
  request.setOpt(curlpp::options::Url(url));
}

void CarvedOut(curlpp::Easy &request) {
  // ZFN-3 carve-out: the sidecar listens on 127.0.0.1 in this pod; only health data crosses it.
  request.setOpt(curlpp::options::Url("http://127.0.0.1:15000/ready"));
}

void Unverified(curlpp::Easy &request) {
  request.setOpt(curlpp::options::SslVerifyPeer(false));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'curlpp::options::SslVerifyPeer' turns CURLOPT_SSL_VERIFYPEER off, so any certificate is accepted and anyone on the network path can impersonate the server; use true: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: request.setOpt(curlpp::options::SslVerifyPeer(true));
  request.setOpt(curlpp::options::SslVerifyHost(0L));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'curlpp::options::SslVerifyHost' sets CURLOPT_SSL_VERIFYHOST below 2, {{.*}} [transit-unverified-peer]
  // CHECK-FIXES: request.setOpt(curlpp::options::SslVerifyHost(2L));
  request.setOpt(curlpp::options::SslVerifyPeer(true));
  request.setOpt(curlpp::options::SslVerifyHost(2L));
}
