/* Mock of <libmemcached/memcached.h> (libmemcached 1.0). */
#pragma once
#include <netinet/in.h>
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct memcached_st memcached_st;
typedef struct memcached_server_st *memcached_server_list_st;
typedef enum { MEMCACHED_SUCCESS } memcached_return_t;
memcached_st *memcached_create(memcached_st *ptr);
memcached_st *memcached(const char *string, size_t string_length);
memcached_return_t memcached_server_add(memcached_st *ptr, const char *hostname, in_port_t port);
memcached_return_t memcached_server_add_unix_socket(memcached_st *ptr, const char *filename);
memcached_server_list_st memcached_servers_parse(const char *server_strings);
memcached_return_t memcached_server_push(memcached_st *ptr, const memcached_server_list_st list);
void memcached_free(memcached_st *ptr);
#ifdef __cplusplus
}
#endif
