// URLs and URL lists (MongoDB, NATS, AMQP, MQTT, Redis, LDAP...), percent
// decoding and gRPC targets: no input may crash the parsers, and every edit
// they compute must do what it says when the result is parsed again.
#include "FuzzCheck.h"
#include "transit/ConnectionString.h"

#include <string>

using namespace transit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::text(Data, Size);
  if (auto U = parseUrl(Text)) {
    FUZZ_CHECK(U->PathOffset <= Text.size() && U->End <= Text.size());
    FUZZ_CHECK(U->QueryOffset == std::string::npos ||
               U->QueryOffset < Text.size());
    for (const ConnParam &P : U->Query)
      FUZZ_CHECK(P.ValueOffset + P.ValueLength <= Text.size());
    (void)hostNames(U->Hosts);
    // Adding a parameter leaves a URL that has it, with the same hosts.
    TextEdit Edit = addQueryParam(Text, *U, "tls", "true", /*Slash=*/true);
    FUZZ_CHECK(Edit.Offset + Edit.Length <= Text.size());
    auto Fixed = parseUrl(applyEdit(Text, Edit));
    FUZZ_CHECK(Fixed && Fixed->param("tls") &&
               Fixed->param("tls")->Value == "true");
    FUZZ_CHECK(Fixed->Hosts.size() == U->Hosts.size());
  }
  {
    // Every URL of a list gets the new scheme, and nothing else changes.
    std::vector<ListedUrl> Before = parseUrlList(Text);
    std::vector<TextEdit> Edits = replaceScheme(Text, "nats", "tls");
    std::string Fixed = Text.str();
    for (auto It = Edits.rbegin(); It != Edits.rend(); ++It) {
      FUZZ_CHECK(It->Offset + It->Length <= Fixed.size());
      Fixed = applyEdit(Fixed, *It);
    }
    FUZZ_CHECK(replaceScheme(Fixed, "nats", "tls").empty());
    FUZZ_CHECK(parseUrlList(Fixed).size() == Before.size());
  }
  if (auto Decoded = percentDecode(Text))
    FUZZ_CHECK(Decoded->size() <= Text.size());
  (void)grpcTargetHost(Text);
  return 0;
}
