/* The parts of <zmq.h> the checks read (libzmq 4.3). */
#ifndef MOCK_ZMQ_H
#define MOCK_ZMQ_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
#define ZMQ_REQ 3
#define ZMQ_REP 4
#define ZMQ_CURVE_SERVER 47
#define ZMQ_CURVE_PUBLICKEY 48
#define ZMQ_CURVE_SECRETKEY 49
#define ZMQ_CURVE_SERVERKEY 50
void *zmq_ctx_new(void);
void *zmq_socket(void *ctx, int type);
int zmq_setsockopt(void *s, int option, const void *value, size_t len);
int zmq_connect(void *s, const char *addr);
int zmq_bind(void *s, const char *addr);
int zmq_send(void *s, const void *buf, size_t len, int flags);
int zmq_close(void *s);
#ifdef __cplusplus
}
#endif
#endif
