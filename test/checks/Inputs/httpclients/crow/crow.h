// Mock of Crow's <crow.h> (1.0, CROW_ENABLE_SSL), written from its public
// documentation: not in Debian 12. Only what the checks read: the app's
// chained set-up methods return the app itself.
#pragma once
#include <cstdint>
#include <string>
namespace crow {
template <typename... Middlewares> class Crow {
public:
  using self_t = Crow;
  self_t &port(std::uint16_t port);
  self_t &bindaddr(std::string bindaddr);
  self_t &multithreaded();
  self_t &concurrency(std::uint16_t concurrency);
  self_t &ssl_file(const std::string &crt_filename, const std::string &key_filename);
  self_t &ssl_file(const std::string &pem_filename);
  self_t &ssl_chainfile(const std::string &crt_filename, const std::string &key_filename);
  void run();
  void run_async();
};
using SimpleApp = Crow<>;
template <typename... Middlewares> using App = Crow<Middlewares...>;
} // namespace crow
