/* Mock of <mongoc/mongoc.h> (libmongoc 1.23): URI and client creation. */
#pragma once
#include <stdbool.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct _mongoc_uri_t mongoc_uri_t;
typedef struct _mongoc_client_t mongoc_client_t;
typedef struct _mongoc_client_pool_t mongoc_client_pool_t;
typedef struct _bson_error_t { int code; } bson_error_t;
typedef struct _mongoc_ssl_opt_t { const char *ca_file; } mongoc_ssl_opt_t;
#define MONGOC_URI_TLS "tls"
mongoc_client_t *mongoc_client_new(const char *uri_string);
mongoc_uri_t *mongoc_uri_new(const char *uri_string);
mongoc_uri_t *mongoc_uri_new_with_error(const char *uri_string, bson_error_t *error);
bool mongoc_uri_set_option_as_bool(mongoc_uri_t *uri, const char *option, bool value);
mongoc_client_pool_t *mongoc_client_pool_new(const mongoc_uri_t *uri);
mongoc_client_t *mongoc_client_new_from_uri(const mongoc_uri_t *uri);
void mongoc_client_set_ssl_opts(mongoc_client_t *client, const mongoc_ssl_opt_t *opts);
void mongoc_client_destroy(mongoc_client_t *client);
void mongoc_uri_destroy(mongoc_uri_t *uri);
#ifdef __cplusplus
}
#endif
