/* Mock of <libpq-fe.h> (PostgreSQL 15): the connection functions with their
   real signatures. */
#pragma once
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct pg_conn PGconn;
PGconn *PQconnectdb(const char *conninfo);
PGconn *PQconnectStart(const char *conninfo);
PGconn *PQconnectdbParams(const char *const *keywords, const char *const *values,
                          int expand_dbname);
PGconn *PQconnectStartParams(const char *const *keywords, const char *const *values,
                             int expand_dbname);
PGconn *PQsetdbLogin(const char *pghost, const char *pgport, const char *pgoptions,
                     const char *pgtty, const char *dbName, const char *login,
                     const char *pwd);
#define PQsetdb(M_PGHOST, M_PGPORT, M_PGOPT, M_PGTTY, M_DBNAME) \
  PQsetdbLogin(M_PGHOST, M_PGPORT, M_PGOPT, M_PGTTY, M_DBNAME, NULL, NULL)
void PQfinish(PGconn *conn);
#ifdef __cplusplus
}
#endif
