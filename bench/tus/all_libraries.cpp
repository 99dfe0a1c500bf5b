// One translation unit that includes every client library the checks know,
// with one ordinary site on each: the worst case for a check that looks at
// system headers, and a realistic one for a service's "clients.cpp".
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <MQTTClient.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPServer.h>
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <cppconn/driver.h>
#include <curl/curl.h>
#include <grpc/grpc.h>
#include <grpc/grpc_security.h>
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <httplib.h>
#include <libmemcached/memcached.h>
#include <libpq-fe.h>
#include <librdkafka/rdkafkacpp.h>
#include <mongoc/mongoc.h>
#include <mqtt/client.h>
#include <mysql.h>
#include <nats/nats.h>
#include <openssl/ssl.h>
#include <pqxx/pqxx>
#include <sys/socket.h>
#include <zmq.hpp>
#include <memory>
#include <string>

std::shared_ptr<grpc::Channel> orders() {
  return grpc::CreateChannel("orders.internal:50051",
                             grpc::InsecureChannelCredentials());
}

PGconn *ledger() { return PQconnectdb("host=ledger.internal dbname=ledger"); }

pqxx::connection *stock() {
  return new pqxx::connection("postgresql://stock.internal/stock");
}

redisContext *cache() { return redisConnect("cache.internal", 6379); }

MYSQL *users(MYSQL *M) {
  return mysql_real_connect(M, "users.internal", "svc", "pw", "users", 3306,
                            nullptr, 0);
}

mongoc_client_t *events() {
  return mongoc_client_new("mongodb://events.internal:27017");
}

memcached_st *sessions() { return memcached(nullptr, 0); }

void fetch(CURL *C) {
  curl_easy_setopt(C, CURLOPT_URL, "http://catalog.internal/items");
  curl_easy_setopt(C, CURLOPT_SSL_VERIFYPEER, 0L);
}

void publish() {
  zmq::context_t Ctx;
  zmq::socket_t Pub(Ctx, zmq::socket_type::pub);
  Pub.bind("tcp://*:5556");
  natsConnection *Nc = nullptr;
  natsConnection_ConnectTo(&Nc, "nats://bus.internal:4222");
  amqp_connection_state_t Conn = amqp_new_connection();
  amqp_socket_t *S = amqp_tcp_socket_new(Conn);
  amqp_socket_open(S, "mq.internal", 5672);
  std::string Err;
  std::unique_ptr<RdKafka::Conf> Conf(
      RdKafka::Conf::create(RdKafka::Conf::CONF_GLOBAL));
  Conf->set("bootstrap.servers", "kafka.internal:9092", Err);
  mqtt::client Mqtt("tcp://mqtt.internal:1883", "svc");
}

void serve() {
  httplib::Server Svr;
  Svr.listen("0.0.0.0", 8080);
  boost::asio::io_context Io;
  boost::asio::ip::tcp::acceptor Acceptor(
      Io, boost::asio::ip::tcp::endpoint(boost::asio::ip::tcp::v4(), 9000));
  int Fd = socket(AF_INET, SOCK_STREAM, 0);
  (void)Fd;
}

SSL_CTX *tls() {
  SSL_CTX *Ctx = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_min_proto_version(Ctx, TLS1_VERSION);
  SSL_CTX_set_verify(Ctx, SSL_VERIFY_NONE, nullptr);
  return Ctx;
}
