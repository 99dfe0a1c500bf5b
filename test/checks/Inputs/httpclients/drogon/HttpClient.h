// Mock of Drogon's <drogon/HttpClient.h> (1.8): not in Debian 12.
#pragma once
#include <memory>
#include <string>
namespace trantor { class EventLoop; }
namespace drogon {
class HttpClient;
using HttpClientPtr = std::shared_ptr<HttpClient>;
class HttpClient {
public:
  static HttpClientPtr newHttpClient(const std::string &hostString,
                                     trantor::EventLoop *loop = nullptr,
                                     bool useOldTLS = false, bool validateCert = true);
  static HttpClientPtr newHttpClient(const std::string &ip, unsigned short port,
                                     bool useSSL = false, trantor::EventLoop *loop = nullptr);
};
} // namespace drogon
