// Mock of Drogon's <drogon/HttpAppFramework.h> (1.8), written from its
// public API documentation: not in Debian 12. Only what the checks read.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>
namespace drogon {
class HttpAppFramework {
public:
  virtual ~HttpAppFramework() = default;
  virtual HttpAppFramework &
  addListener(const std::string &ip, uint16_t port, bool useSSL = false,
              const std::string &certFile = "", const std::string &keyFile = "",
              bool useOldTLS = false,
              const std::vector<std::pair<std::string, std::string>> &sslConfCmds = {}) = 0;
  virtual HttpAppFramework &loadConfigFile(const std::string &fileName) = 0;
  virtual HttpAppFramework &setThreadNum(size_t threadNum) = 0;
  virtual void run() = 0;
};
HttpAppFramework &app();
} // namespace drogon
