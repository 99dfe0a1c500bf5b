#include <cpr/cpr.h>

cpr::Response Catalogue() {
  return cpr::Get(cpr::Url{"https://catalogue.internal/items"});
}

cpr::Response Partner() {
  return cpr::Get(cpr::Url{"http://api.partner.example.com/v1/rates"});
}
