//===- Asio.cpp - Boost.Asio, standalone Asio and Beast -------------------===//
//
// Sockets, acceptors and Beast's tcp_stream are plaintext unless an SSL
// stream is built around them. An acceptor hands its connections to the
// sockets it accepts into (or to its handler's socket parameter): TLS on
// those secures it.
//
//===----------------------------------------------------------------------===//
#include "transit/LibraryModel.h"

namespace transit::model {
namespace {

constexpr Api Apis[] = {
    {"boost::asio::basic_stream_socket", Role::Create, Object},
    {"boost::asio::basic_datagram_socket", Role::Create, Object},
    {"boost::asio::basic_socket_acceptor", Role::Create, Object},
    {"boost::beast::basic_stream", Role::Create, Object},
    {"asio::basic_stream_socket", Role::Create, Object},
    {"asio::basic_datagram_socket", Role::Create, Object},
    {"asio::basic_socket_acceptor", Role::Create, Object},
    // TLS: an SSL stream built around the socket.
    {"boost::asio::ssl::stream", Role::Tls, AnyArg},
    {"asio::ssl::stream", Role::Tls, AnyArg},
    {"boost::beast::ssl_stream", Role::Tls, AnyArg},
    // The connections an acceptor accepts.
    {"boost::asio::basic_socket_acceptor::accept", Role::Derive, Object},
    {"boost::asio::basic_socket_acceptor::async_accept", Role::Derive, Object},
    {"asio::basic_socket_acceptor::accept", Role::Derive, Object},
    {"asio::basic_socket_acceptor::async_accept", Role::Derive, Object},
    // Layers of the same stream.
    {"boost::beast::basic_stream::socket", Role::Same, Object},
    {"boost::beast::basic_stream::release_socket", Role::Same, Object},
    {"boost::asio::basic_socket::lowest_layer", Role::Same, Object},
    {"asio::basic_socket::lowest_layer", Role::Same, Object},
    {"boost::beast::get_lowest_layer", Role::Same, 0},
    // The layers of an SSL stream are its own: an acceptor accepting into
    // ssl_stream.lowest_layer() accepts TLS connections.
    {"boost::asio::ssl::stream::next_layer", Role::Same, Object},
    {"boost::asio::ssl::stream::lowest_layer", Role::Same, Object},
    {"asio::ssl::stream::next_layer", Role::Same, Object},
    {"asio::ssl::stream::lowest_layer", Role::Same, Object},
    {"boost::beast::ssl_stream::next_layer", Role::Same, Object},
    {"boost::beast::ssl_stream::lowest_layer", Role::Same, Object},
    // HTTP over the stream.
    {"boost::beast::http::read", Role::Carries, 0, {}, {}, "HTTP"},
    {"boost::beast::http::write", Role::Carries, 0, {}, {}, "HTTP"},
    {"boost::beast::http::async_read", Role::Carries, 0, {}, {}, "HTTP"},
    {"boost::beast::http::async_write", Role::Carries, 0, {}, {}, "HTTP"},
    {"boost::beast::http::read_header", Role::Carries, 0, {}, {}, "HTTP"},
    {"boost::beast::http::async_read_header", Role::Carries, 0, {}, {}, "HTTP"},
    {"boost::beast::http::write_header", Role::Carries, 0, {}, {}, "HTTP"},
    {"boost::beast::http::async_write_header",
     Role::Carries,
     0,
     {},
     {},
     "HTTP"},
    // Plain I/O.
    {"boost::asio::connect", Role::Use, 0},
    {"boost::asio::async_connect", Role::Use, 0},
    {"boost::asio::read", Role::Use, 0},
    {"boost::asio::write", Role::Use, 0},
    {"boost::asio::async_read", Role::Use, 0},
    {"boost::asio::async_write", Role::Use, 0},
    {"boost::asio::read_until", Role::Use, 0},
    {"boost::asio::async_read_until", Role::Use, 0},
    {"asio::connect", Role::Use, 0},
    {"asio::async_connect", Role::Use, 0},
    {"asio::read", Role::Use, 0},
    {"asio::write", Role::Use, 0},
    {"asio::async_read", Role::Use, 0},
    {"asio::async_write", Role::Use, 0},
};

} // namespace

extern const Library AsioModel = {"Boost.Asio, Asio and Boost.Beast",
                                  Kind::Asio, Apis};

} // namespace transit::model
