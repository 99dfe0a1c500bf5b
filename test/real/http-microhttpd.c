// libmicrohttpd against Debian's real header (libmicrohttpd-dev), through
// every front end: a daemon started without MHD_USE_TLS serves plaintext.
// REQUIRES: microhttpd-headers
// RUN: %check_transit %s transit-plaintext-http %t -- -std=c11

#include <microhttpd.h>
#include <stddef.h>

static enum MHD_Result answer(void *cls, struct MHD_Connection *connection,
                              const char *url, const char *method,
                              const char *version, const char *upload_data,
                              size_t *upload_data_size, void **req_cls) {
  return MHD_NO;
}

struct MHD_Daemon *Plain(void) {
  return MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD, 8080, NULL, NULL, &answer, NULL,
                          MHD_OPTION_END);
  // CHECK-MESSAGES: :[[@LINE-2]]:10: warning: 'MHD_start_daemon' without MHD_USE_TLS serves plaintext HTTP; add MHD_USE_TLS with the MHD_OPTION_HTTPS_MEM_KEY and MHD_OPTION_HTTPS_MEM_CERT options, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
}

struct MHD_Daemon *Tls(const char *key, const char *cert) {
  return MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_TLS, 8443, NULL, NULL,
                          &answer, NULL, MHD_OPTION_HTTPS_MEM_KEY, key,
                          MHD_OPTION_HTTPS_MEM_CERT, cert, MHD_OPTION_END);
}

// Flags from the caller: not known here, so no finding.
struct MHD_Daemon *Configured(unsigned int flags) {
  return MHD_start_daemon(flags, 8080, NULL, NULL, &answer, NULL, MHD_OPTION_END);
}

struct MHD_Daemon *Health(void) {
  // ZFN-3 carve-out: bound to the pod's loopback by the kubelet probe; health status only.
  return MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD, 9090, NULL, NULL, &answer, NULL,
                          MHD_OPTION_END);
}
