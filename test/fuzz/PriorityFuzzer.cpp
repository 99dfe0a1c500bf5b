// GnuTLS priority strings: no input may crash the evaluator, and the fix the
// check offers when TLS 1.2+ remains (each weak `+X` turned into `-X`) must
// leave a string with nothing weak and TLS 1.2+ still on.
#include "FuzzCheck.h"
#include "transit/PriorityString.h"

#include <string>

using namespace transit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::text(Data, Size);
  PriorityVerdict Before = evaluatePriorityString(Text);
  if (!Before.ModernRemains || Before.Weak.empty())
    return 0;
  std::string Fixed = Text.str();
  for (const PriorityElement &E : Before.Weak) {
    FUZZ_CHECK(E.Offset < Fixed.size() && Fixed[E.Offset] == '+');
    Fixed[E.Offset] = '-';
  }
  PriorityVerdict After = evaluatePriorityString(Fixed);
  FUZZ_CHECK(After.Weak.empty() && After.ModernRemains);
  return 0;
}
