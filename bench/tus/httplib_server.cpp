// A cpp-httplib service: a plaintext server, an HTTPS client and an HTTP one.
#define CPPHTTPLIB_OPENSSL_SUPPORT
#include <httplib.h>
#include <iostream>

int main() {
  httplib::Server Svr;
  Svr.Get("/health", [](const httplib::Request &, httplib::Response &Res) {
    Res.set_content("ok", "text/plain");
  });
  httplib::SSLClient Secure("payments.internal", 443);
  Secure.enable_server_certificate_verification(true);
  httplib::Client Plain("http://inventory.internal:8080");
  Svr.Post("/order", [&](const httplib::Request &Req, httplib::Response &Res) {
    auto Paid = Secure.Post("/charge", Req.body, "application/json");
    auto Stock = Plain.Get("/stock");
    Res.status = Paid && Stock ? 200 : 502;
  });
  Svr.listen("0.0.0.0", 8080);
}
