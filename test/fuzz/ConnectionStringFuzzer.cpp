// libFuzzer target for the connection-string and cipher-list parsers: no
// input may crash them, and every fix they compute must do what it says when
// re-parsed.
#include "transit/CipherString.h"
#include "transit/ConnectionString.h"

#include <cstdint>
#include <cstdlib>
#include <string>

using namespace transit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  if (auto U = parseUrl(Text)) {
    TextEdit Edit = addQueryParam(Text, *U, "tls", "true", /*Slash=*/true);
    if (Edit.Offset > Text.size())
      abort();
    auto Fixed = parseUrl(applyEdit(Text, Edit));
    if (!Fixed || !Fixed->param("tls") || Fixed->param("tls")->Value != "true")
      abort(); // adding a parameter must leave a URL that has it
  }
  {
    // Every URL of a list gets the new scheme, and nothing else changes.
    std::vector<TextEdit> Edits = replaceScheme(Text, "nats", "tls");
    std::string Fixed = Text.str();
    for (auto It = Edits.rbegin(); It != Edits.rend(); ++It)
      Fixed = applyEdit(Fixed, *It);
    if (!replaceScheme(Fixed, "nats", "tls").empty() ||
        parseUrlList(Fixed).size() != parseUrlList(Text).size())
      abort();
  }
  if (auto Info = parsePgConnInfo(Text)) {
    (void)pgUsesOnlyUnixSockets(*Info);
    if (auto Edit = pgRequireVerifyFull(Text, *Info)) {
      auto Fixed = parsePgConnInfo(applyEdit(Text, *Edit));
      if (!Fixed || pgSslMode(*Fixed) != PgSslMode::VerifyFull)
        abort();
    }
  }
  {
    // A strengthened cipher list enables something and nothing weak.
    std::string Fixed = strengthenCipherList(Text);
    if (!Fixed.empty()) {
      CipherListVerdict After = evaluateCipherList(Fixed);
      if (After.Enabled.empty() || !After.Weak.empty())
        abort();
    }
  }
  return 0;
}
