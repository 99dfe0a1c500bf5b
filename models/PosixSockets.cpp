//===- PosixSockets.cpp - POSIX sockets and the TLS layers that take them -===//
//
// A descriptor from socket() is plaintext unless a TLS library takes it over.
// Those hand-offs are listed here whatever library they belong to (OpenSSL,
// GnuTLS, wolfSSL, s2n, LibreSSL's libtls, mbed TLS): each is where TLS is
// put on a descriptor.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"socket", Role::Create, Result},
    // An accepted connection, a duplicate: the same transport.
    {"accept", Role::Derive, 0},
    {"accept4", Role::Derive, 0},
    {"dup", Role::Derive, 0},
    {"dup2", Role::Derive, 0},
    {"dup3", Role::Derive, 0},
    // OpenSSL
    {"SSL_set_fd", Role::Tls, 1},
    {"SSL_set_rfd", Role::Tls, 1},
    {"SSL_set_wfd", Role::Tls, 1},
    {"BIO_new_socket", Role::Tls, 0},
    {"BIO_new_fd", Role::Tls, 0},
    {"BIO_int_ctrl", Role::Tls, 3}, // BIO_set_fd(b, fd, c)
    // GnuTLS
    {"gnutls_transport_set_int", Role::Tls, 1},
    {"gnutls_transport_set_int2", Role::Tls, AnyArg},
    {"gnutls_transport_set_ptr", Role::Tls, 1},
    {"gnutls_transport_set_ptr2", Role::Tls, AnyArg},
    // wolfSSL
    {"wolfSSL_set_fd", Role::Tls, 1},
    {"wolfSSL_set_read_fd", Role::Tls, 1},
    {"wolfSSL_set_write_fd", Role::Tls, 1},
    // s2n-tls
    {"s2n_connection_set_fd", Role::Tls, 1},
    {"s2n_connection_set_read_fd", Role::Tls, 1},
    {"s2n_connection_set_write_fd", Role::Tls, 1},
    // LibreSSL libtls
    {"tls_accept_socket", Role::Tls, 2},
    {"tls_connect_socket", Role::Tls, 1},
    {"tls_connect_fds", Role::Tls, AnyArg},
    {"tls_accept_fds", Role::Tls, AnyArg},
    // mbed TLS: the descriptor sits in an mbedtls_net_context given as BIO.
    {"mbedtls_ssl_set_bio", Role::Tls, 1},
    // The bytes as they are.
    {"connect", Role::Use, 0},
    {"bind", Role::Use, 0},
    {"listen", Role::Use, 0},
    {"send", Role::Use, 0},
    {"sendto", Role::Use, 0},
    {"sendmsg", Role::Use, 0},
    {"sendmmsg", Role::Use, 0},
    {"recv", Role::Use, 0},
    {"recvfrom", Role::Use, 0},
    {"recvmsg", Role::Use, 0},
    {"recvmmsg", Role::Use, 0},
    {"read", Role::Use, 0},
    {"write", Role::Use, 0},
    {"readv", Role::Use, 0},
    {"writev", Role::Use, 0},
    {"pread", Role::Use, 0},
    {"pwrite", Role::Use, 0},
    {"close", Role::Use, 0},
    {"shutdown", Role::Use, 0},
    {"setsockopt", Role::Use, 0},
    {"getsockopt", Role::Use, 0},
    {"fcntl", Role::Use, 0},
    {"ioctl", Role::Use, 0},
    {"getsockname", Role::Use, 0},
    {"getpeername", Role::Use, 0},
    {"epoll_ctl", Role::Use, 2},
    {"sendfile", Role::Use, 0},
    {"splice", Role::Use, 0},
};

} // namespace

extern const Library PosixSocketsModel = {"POSIX sockets", Kind::PosixSocket,
                                          Apis};

} // namespace transit::model
