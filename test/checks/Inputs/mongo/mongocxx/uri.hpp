// Mock of <mongocxx/uri.hpp> and <mongocxx/client.hpp> (mongocxx 3.x), with
// the inline v_noabi namespace of the real headers.
#pragma once
#include <string>
namespace bsoncxx { inline namespace v_noabi { namespace string {
class view_or_value {
public:
  view_or_value(const char *s) : s_(s) {}
  view_or_value(const std::string &s) : s_(s) {}
private:
  std::string s_;
};
} } }
namespace mongocxx { inline namespace v_noabi {
class uri {
public:
  static constexpr const char *k_default_uri = "mongodb://localhost:27017";
  uri(bsoncxx::string::view_or_value uri_string = k_default_uri);
};
class client {
public:
  client() noexcept;
  client(const mongocxx::uri &mongodb_uri);
};
} }
