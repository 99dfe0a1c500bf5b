// Mock of the AWS SDK for C++'s <aws/core/client/ClientConfiguration.h>
// (1.11), written from its public API documentation: not in Debian 12. Only
// the members the checks read.
#pragma once
#include <aws/core/http/Scheme.h>
#include <string>
namespace Aws {
using String = std::string;
namespace Client {
struct ClientConfiguration {
  ClientConfiguration();
  Aws::String region;
  Aws::Http::Scheme scheme = Aws::Http::Scheme::HTTPS;
  Aws::String endpointOverride;
  Aws::String proxyHost;
  Aws::Http::Scheme proxyScheme = Aws::Http::Scheme::HTTP;
  bool verifySSL = true;
};
} // namespace Client
} // namespace Aws
