// OpenSSL cipher strings (SSL_CTX_set_cipher_list, Asio, curl, Kafka,
// mosquitto...): no input may crash the evaluator, and a strengthened list
// must enable something and nothing weak, and stay strong when strengthened
// again.
#include "FuzzCheck.h"
#include "transit/CipherString.h"

#include <string>

using namespace transit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::text(Data, Size);
  CipherListVerdict Before = evaluateCipherList(Text);
  for (const auto &W : Before.Weak) {
    (void)describe(W.Kind);
    (void)exclusion(W.Kind);
  }
  std::string Fixed = strengthenCipherList(Text);
  if (Fixed.empty())
    return 0;
  CipherListVerdict After = evaluateCipherList(Fixed);
  FUZZ_CHECK(!After.Enabled.empty() && After.Weak.empty());
  std::string Again = strengthenCipherList(Fixed);
  FUZZ_CHECK(Again.empty() || evaluateCipherList(Again).Weak.empty());
  return 0;
}
