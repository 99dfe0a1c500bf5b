// Mock of redis-plus-plus's <sw/redis++/redis++.h> (1.3).
#pragma once
#include <string>
namespace sw { namespace redis {
enum class ConnectionType { TCP = 0, UNIX };
namespace tls {
struct TlsOptions {
  bool enabled = false;
  std::string cacert;
};
}
struct ConnectionOptions {
  ConnectionType type = ConnectionType::TCP;
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string path;
  tls::TlsOptions tls;
};
struct ConnectionPoolOptions { std::size_t size = 1; };
class Redis {
public:
  explicit Redis(const std::string &uri);
  explicit Redis(const ConnectionOptions &connection_opts,
                 const ConnectionPoolOptions &pool_opts = {});
  long long del(const std::string &key);
};
class RedisCluster {
public:
  explicit RedisCluster(const std::string &uri);
  explicit RedisCluster(const ConnectionOptions &connection_opts,
                        const ConnectionPoolOptions &pool_opts = {});
};
} }
