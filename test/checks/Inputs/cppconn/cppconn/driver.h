// Mock of MySQL Connector/C++ 1.1's <cppconn/driver.h> and <mysql_driver.h>.
#pragma once
#include <map>
#include <string>
namespace sql {
class SQLString {
public:
  SQLString(const char *s) : s_(s) {}
  SQLString(const std::string &s) : s_(s) {}
  bool operator<(const SQLString &o) const { return s_ < o.s_; }
private:
  std::string s_;
};
class ConnectPropertyVal {
public:
  ConnectPropertyVal() = default;
  ConnectPropertyVal(const char *) {}
  ConnectPropertyVal(bool) {}
  ConnectPropertyVal(int) {}
};
typedef std::map<SQLString, ConnectPropertyVal> ConnectOptionsMap;
class Connection {};
class Driver {
public:
  virtual ~Driver() {}
  virtual Connection *connect(const SQLString &hostName, const SQLString &userName,
                              const SQLString &password) = 0;
  virtual Connection *connect(ConnectOptionsMap &options) = 0;
};
namespace mysql {
class MySQL_Driver : public sql::Driver {
public:
  Connection *connect(const SQLString &hostName, const SQLString &userName,
                      const SQLString &password) override;
  Connection *connect(ConnectOptionsMap &options) override;
};
MySQL_Driver *get_mysql_driver_instance();
} // namespace mysql
} // namespace sql
