// Qt Network against Debian's real headers, Qt 6 (qt6-base-dev) and Qt 5
// (qtbase5-dev), through every front end: requests for http:// URLs (also through QStringLiteral and
// setUrl), plain sockets and servers, verification turned off, errors
// ignored wholesale, and protocols below TLS 1.2.
// REQUIRES: qt6-headers, qt5-headers
// RUN: %check_transit %s 'transit-plaintext-http,transit-plaintext-socket,transit-unverified-peer,transit-weak-tls' %t -- -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt6 -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore -isystem /usr/include/x86_64-linux-gnu/qt6/QtNetwork -DQT_NO_DEPRECATED_WARNINGS -Wno-deprecated-declarations
// RUN: %check_transit %s 'transit-plaintext-http,transit-plaintext-socket,transit-unverified-peer,transit-weak-tls' %t.qt5 -- -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtNetwork -DQT_NO_DEPRECATED_WARNINGS -Wno-deprecated-declarations

#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

QNetworkReply *Fetch(QNetworkAccessManager &manager) {
  QNetworkRequest request(QUrl("http://inventory.internal/items"));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'QNetworkRequest' is for an http:// URL, so the request and the response cross the network in plaintext; use https:// or add a 'ZFN-3 carve-out:' comment [transit-plaintext-http]
  // CHECK-FIXES: QNetworkRequest request(QUrl("https://inventory.internal/items"));
  manager.get(QNetworkRequest(QUrl(QStringLiteral("http://inventory.internal/health"))));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'QNetworkRequest' is for an http:// URL, {{.*}} [transit-plaintext-http]
  request.setUrl(QUrl(QString::fromUtf8("http://inventory.internal/v2")));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QNetworkRequest::setUrl' sets an http:// URL, {{.*}} [transit-plaintext-http]
  // CHECK-FIXES: request.setUrl(QUrl(QString::fromUtf8("https://inventory.internal/v2")));
  QNetworkRequest secure(QUrl("https://inventory.internal/items"));
  return manager.get(secure);
}

QNetworkReply *FromConfiguration(QNetworkAccessManager &manager, const QUrl &url) {
  return manager.get(QNetworkRequest(url));
}

void Sockets(QTcpSocket *plain, QSslSocket *tls, QTcpServer &server) {
  plain->connectToHost(QStringLiteral("ledger.internal"), 7000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QTcpSocket::connectToHost' connects over plaintext TCP; use QSslSocket::connectToHostEncrypted, or add a 'ZFN-3 carve-out:' comment [transit-plaintext-socket]
  tls->connectToHostEncrypted(QStringLiteral("ledger.internal"), 7443);
  server.listen(QHostAddress::Any, 7000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QTcpServer::listen' accepts plaintext TCP connections; {{.*}} [transit-plaintext-socket]
  // ZFN-3 carve-out: the debug port binds 127.0.0.1 only; it carries no customer data.
  plain->connectToHost(QStringLiteral("127.0.0.1"), 7001);
}

class TlsServer : public QTcpServer {
protected:
  void incomingConnection(qintptr fd) override {
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(fd);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->startServerEncryption();
  }
};
void ServeTls(TlsServer &server) { server.listen(QHostAddress::Any, 7443); }

void Unverified(QSslSocket *socket, QNetworkReply *reply) {
  QSslConfiguration config = QSslConfiguration::defaultConfiguration();
  config.setPeerVerifyMode(QSslSocket::VerifyNone);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QSslConfiguration::setPeerVerifyMode' sets QSslSocket::VerifyNone, so any certificate is accepted and anyone on the network path can impersonate the server; use QSslSocket::VerifyPeer: authentication is never carved out [transit-unverified-peer]
  // CHECK-FIXES: config.setPeerVerifyMode(QSslSocket::VerifyPeer);
  socket->setPeerVerifyMode(QSslSocket::QueryPeer);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QSslSocket::setPeerVerifyMode' sets QSslSocket::QueryPeer (the certificate is asked for, but a bad one is accepted), {{.*}} [transit-unverified-peer]
  // CHECK-FIXES: socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
  reply->ignoreSslErrors();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QNetworkReply::ignoreSslErrors()' ignores every TLS error, {{.*}} [transit-unverified-peer]
  socket->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate)});
  config.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

void Protocols(QSslConfiguration &config, QSslSocket *socket) {
  config.setProtocol(QSsl::TlsV1_0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QSslConfiguration::setProtocol' speaks only TLS 1.0, which has known attacks and lacks modern cipher suites; use QSsl::TlsV1_2OrLater: weak TLS is never carved out [transit-weak-tls]
  // CHECK-FIXES: config.setProtocol(QSsl::TlsV1_2OrLater);
  socket->setProtocol(QSsl::TlsV1_1OrLater);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QSslSocket::setProtocol' allows TLS 1.1, {{.*}} [transit-weak-tls]
  // CHECK-FIXES: socket->setProtocol(QSsl::TlsV1_2OrLater);
  config.setProtocol(QSsl::SecureProtocols);
  socket->setProtocol(QSsl::TlsV1_3OrLater);
}
