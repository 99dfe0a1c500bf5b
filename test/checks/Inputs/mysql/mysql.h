/* Mock of <mysql.h>: MariaDB Connector/C 3.3 (Debian's libmariadb-dev) plus
   MySQL 8's MYSQL_OPT_SSL_MODE, with their real names and signatures. */
#pragma once
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef char my_bool;
typedef struct st_mysql { void *net; } MYSQL;
enum mysql_option {
  MYSQL_OPT_CONNECT_TIMEOUT,
  MYSQL_OPT_PROTOCOL,
  MYSQL_OPT_SSL_KEY,
  MYSQL_OPT_SSL_CERT,
  MYSQL_OPT_SSL_CA,
  MYSQL_OPT_SSL_CAPATH,
  MYSQL_OPT_SSL_VERIFY_SERVER_CERT,
  MYSQL_OPT_SSL_ENFORCE,
  MYSQL_OPT_SSL_MODE
};
enum mysql_ssl_mode {
  SSL_MODE_DISABLED = 1,
  SSL_MODE_PREFERRED,
  SSL_MODE_REQUIRED,
  SSL_MODE_VERIFY_CA,
  SSL_MODE_VERIFY_IDENTITY
};
#define CLIENT_SSL 2048
MYSQL *mysql_init(MYSQL *mysql);
int mysql_options(MYSQL *mysql, enum mysql_option option, const void *arg);
int mysql_ssl_set(MYSQL *mysql, const char *key, const char *cert, const char *ca,
                  const char *capath, const char *cipher);
MYSQL *mysql_real_connect(MYSQL *mysql, const char *host, const char *user,
                          const char *passwd, const char *db, unsigned int port,
                          const char *unix_socket, unsigned long clientflag);
void mysql_close(MYSQL *sock);
const char *mysql_error(MYSQL *mysql);
#ifdef __cplusplus
}
#endif
