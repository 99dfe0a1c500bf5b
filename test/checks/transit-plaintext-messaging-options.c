// AllowUnixDomainSockets silences ipc:// endpoints, not tcp:// ones (libzmq
// declared here as in <zmq.h>).
// RUN: %check_transit %s transit-plaintext-messaging %t \
// RUN:   --config "{CheckOptions: {AllowUnixDomainSockets: true}}" -- -std=c11

void *zmq_socket(void *ctx, int type);
int zmq_bind(void *s, const char *addr);
int zmq_connect(void *s, const char *addr);

void f(void *ctx) {
  void *a = zmq_socket(ctx, 7);
  zmq_connect(a, "ipc:///run/app/events.sock");
  void *b = zmq_socket(ctx, 1);
  zmq_bind(b, "tcp://*:5556");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'zmq_bind' uses a tcp:// endpoint on a socket without CURVE security
}
