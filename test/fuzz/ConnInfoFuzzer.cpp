// libpq connection strings, both forms (`key=value ...` and postgresql://
// URIs): no input may crash the parser, and the verify-full fix must give a
// string libpq accepts that asks for verify-full and keeps the hosts.
#include "FuzzCheck.h"
#include "transit/ConnectionString.h"

using namespace transit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::text(Data, Size);
  auto Info = parsePgConnInfo(Text);
  if (!Info)
    return 0;
  for (const ConnParam &P : Info->Params)
    FUZZ_CHECK(P.ValueOffset + P.ValueLength <= Text.size());
  (void)pgUsesOnlyUnixSockets(*Info);
  PgSslMode Mode = pgSslMode(*Info);
  (void)pgSslModeName(Mode);
  if (auto Edit = pgRequireVerifyFull(Text, *Info)) {
    FUZZ_CHECK(Edit->Offset + Edit->Length <= Text.size());
    auto Fixed = parsePgConnInfo(applyEdit(Text, *Edit));
    FUZZ_CHECK(Fixed && pgSslMode(*Fixed) == PgSslMode::VerifyFull);
    FUZZ_CHECK(hostNames(Fixed->Hosts) == hostNames(Info->Hosts));
    // A second fix has nothing left to do.
    FUZZ_CHECK(!isPlaintextCapable(pgSslMode(*Fixed)));
  }
  return 0;
}
