// Data-store and messaging verification switches against Debian's real
// headers, in C: libmongoc, librdkafka, rabbitmq-c, nats.c, MariaDB.
// REQUIRES: mongoc-headers, rdkafka-headers, rabbitmq-headers, nats-headers, mariadb-headers
// RUN: %check_transit %s transit-unverified-peer %t -- -std=c11 -I/usr/include/libmongoc-1.0 -I/usr/include/libbson-1.0 -I/usr/include/mariadb

#include <amqp.h>
#include <amqp_ssl_socket.h>
#include <librdkafka/rdkafka.h>
#include <mongoc/mongoc.h>
#include <mysql.h>
#include <nats/nats.h>

static const char kOrders[] =
    "mongodb://orders-db.internal/?tls=true&tlsAllowInvalidHostnames=true&tlsInsecure=TRUE";

void mongo(void) {
  mongoc_client_t *client = mongoc_client_new(kOrders);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'mongoc_client_new' connects to MongoDB with tlsAllowInvalidHostnames=true, tlsInsecure=TRUE, so any certificate is accepted and anyone on the network path can impersonate the server; set them to false: authentication is never carved out [transit-unverified-peer]
  // CHECK-MESSAGES: :14:5: note: connection string defined here
  // CHECK-FIXES: "mongodb://orders-db.internal/?tls=true&tlsAllowInvalidHostnames=false&tlsInsecure=false";
  mongoc_uri_t *uri = mongoc_uri_new("mongodb://orders-db.internal/?tls=true");
  mongoc_uri_set_option_as_bool(uri, MONGOC_URI_TLSALLOWINVALIDCERTIFICATES, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mongoc_uri_set_option_as_bool' sets tlsallowinvalidcertificates, {{.*}}; set it to false: authentication is never carved out
  // CHECK-FIXES: mongoc_uri_set_option_as_bool(uri, MONGOC_URI_TLSALLOWINVALIDCERTIFICATES, false);
  mongoc_uri_set_option_as_bool(uri, MONGOC_URI_TLS, true);

  mongoc_ssl_opt_t opts = {.ca_file = "/etc/ssl/orders-ca.pem",
                           .weak_cert_validation = true};
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: 'mongoc_ssl_opt_t::weak_cert_validation' is set, so any certificate is accepted
  // CHECK-FIXES: .weak_cert_validation = false};
  opts.allow_invalid_hostname = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'mongoc_ssl_opt_t::allow_invalid_hostname' is set, so the certificate's host name is not checked
  // CHECK-FIXES: opts.allow_invalid_hostname = false;
  mongoc_client_t *checked = mongoc_client_new_from_uri(uri);
  mongoc_client_set_ssl_opts(checked, &opts);
  (void)client;
}

void kafka(rd_kafka_conf_t *conf, char *err) {
  rd_kafka_conf_set(conf, "enable.ssl.certificate.verification", "false", err, 512);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'rd_kafka_conf_set' sets enable.ssl.certificate.verification=false, {{.*}}; set it to true: authentication is never carved out
  // CHECK-FIXES: rd_kafka_conf_set(conf, "enable.ssl.certificate.verification", "true", err, 512);
  rd_kafka_conf_set(conf, "ssl.endpoint.identification.algorithm", "none", err, 512);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'rd_kafka_conf_set' sets ssl.endpoint.identification.algorithm=none, so the certificate's host name is not checked {{.*}}; set it to https
  // CHECK-FIXES: rd_kafka_conf_set(conf, "ssl.endpoint.identification.algorithm", "https", err, 512);
  rd_kafka_conf_set(conf, "enable.ssl.certificate.verification", "true", err, 512);
}

void rabbit(amqp_socket_t *socket) {
  amqp_ssl_socket_set_verify_peer(socket, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'amqp_ssl_socket_set_verify_peer' turns peer verification off, so any certificate is accepted {{.*}}; use 1: authentication is never carved out
  // CHECK-FIXES: amqp_ssl_socket_set_verify_peer(socket, 1);
  amqp_ssl_socket_set_verify_hostname(socket, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'amqp_ssl_socket_set_verify_hostname' turns host name verification off, so the certificate's host name is not checked
  // CHECK-FIXES: amqp_ssl_socket_set_verify_hostname(socket, 1);
  amqp_ssl_socket_set_verify_peer(socket, 1);
}

void nats(natsOptions *opts) {
  // ZFN-3 carve-out: single VPC, encrypted by the cloud provider; the broker has a self-signed certificate.
  natsOptions_SkipServerVerification(opts, true);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'natsOptions_SkipServerVerification' skips the server's certificate verification, so any certificate is accepted {{.*}}; pass false: authentication is never carved out
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: a carve-out covers transport encryption only; it cannot excuse this site
  // CHECK-FIXES: natsOptions_SkipServerVerification(opts, false);
  natsOptions_SkipServerVerification(opts, false);
}

void mariadb(MYSQL *m) {
  my_bool verify = 0;
  mysql_options(m, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mysql_options' turns MYSQL_OPT_SSL_VERIFY_SERVER_CERT off, so any certificate is accepted {{.*}}; point it at a true value: authentication is never carved out
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: the value passed is defined here
  my_bool on = 1;
  mysql_options(m, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on);
}
