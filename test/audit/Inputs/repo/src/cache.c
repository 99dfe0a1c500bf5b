#include <hiredis/hiredis.h>

redisContext *cache(void) {
  /* ZFN-3 carve-out: redis listens on the node's loopback only; it caches public prices */
  return redisConnect("127.0.0.1", 6379);
}

redisContext *partner(void) {
  /* ZFN-3 carve-out: partner network; they asked for plaintext */
  return redisConnect("cache.partner.example.com", 6379);
}
