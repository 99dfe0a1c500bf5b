// A Poco::Net service: an HTTP server, an HTTP client session and an HTTPS one.
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <iostream>

using namespace Poco::Net;

class Hello : public HTTPRequestHandler {
  void handleRequest(HTTPServerRequest &, HTTPServerResponse &Res) override {
    Res.send() << "ok";
  }
};

class Factory : public HTTPRequestHandlerFactory {
  HTTPRequestHandler *createRequestHandler(const HTTPServerRequest &) override {
    return new Hello;
  }
};

std::string ask(const std::string &Host) {
  HTTPClientSession Session(Host, 8080);
  HTTPRequest Req(HTTPRequest::HTTP_GET, "/stock");
  Session.sendRequest(Req);
  HTTPResponse Res;
  std::string Body;
  Poco::StreamCopier::copyToString(Session.receiveResponse(Res), Body);
  return Body;
}

std::string askSecure(const std::string &Host) {
  HTTPSClientSession Session(Host, 443);
  HTTPRequest Req(HTTPRequest::HTTP_GET, "/charge");
  Session.sendRequest(Req);
  HTTPResponse Res;
  std::string Body;
  Poco::StreamCopier::copyToString(Session.receiveResponse(Res), Body);
  return Body;
}

int main() {
  ServerSocket Socket(8080);
  HTTPServer Server(new Factory, Socket, new HTTPServerParams);
  Server.start();
  std::cout << ask("inventory.internal") << askSecure("payments.internal");
  Server.stop();
}
