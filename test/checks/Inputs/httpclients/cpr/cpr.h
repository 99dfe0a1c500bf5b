// Mock of cpr's <cpr/cpr.h> (1.10): not in Debian 12.
#pragma once
#include <string>
namespace cpr {
template <class T> class StringHolder {
public:
  StringHolder(const char *s) : str_(s) {}
  StringHolder(std::string s) : str_(std::move(s)) {}
protected:
  std::string str_;
};
class Url : public StringHolder<Url> {
public:
  Url(const char *raw) : StringHolder<Url>(raw) {}
  Url(std::string raw) : StringHolder<Url>(std::move(raw)) {}
};
struct Response { long status_code; };
Response Get(const Url &url);
} // namespace cpr
