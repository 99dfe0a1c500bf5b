// Mock of the AWS SDK for C++'s <aws/core/http/Scheme.h> (1.11), written from
// its public API documentation: not in Debian 12.
#pragma once
namespace Aws {
namespace Http {
enum class Scheme { HTTP, HTTPS };
} // namespace Http
} // namespace Aws
