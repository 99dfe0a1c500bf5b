// The orders service charges orders through the payments service over HTTPS
// (libcurl). Someone "fixed" a certificate error by turning verification off
// and pinned an old protocol version: neither is a carve-out matter.
#include <curl/curl.h>

#include <string>

bool charge(const std::string &orderJson) {
  CURL *curl = curl_easy_init();
  if (!curl)
    return false;
  curl_easy_setopt(curl, CURLOPT_URL, "https://payments.internal/v1/charges");
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, orderJson.c_str());
  // ZFN-3 carve-out: payments runs in the orders VPC, encrypted by the cloud provider; the staging certificate is self-signed.
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);
  CURLcode rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return rc == CURLE_OK;
}
