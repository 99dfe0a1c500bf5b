// ODBC connection strings (SQLDriverConnect, SOCI's ODBC backend): no input
// may crash the parser, and the fix the check offers (the value that turns
// encryption off replaced by the one that turns it on) must leave a string
// that still parses, with that attribute now on and nothing else changed.
#include "FuzzCheck.h"
#include "transit/ConnectionString.h"

using namespace transit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::text(Data, Size);
  auto Conn = parseOdbcConnString(Text);
  if (!Conn)
    return 0;
  for (const ConnParam &P : Conn->Params)
    FUZZ_CHECK(P.ValueOffset + P.ValueLength <= Text.size());
  OdbcTls Tls = odbcTls(*Conn);
  if (!Tls.Off)
    return 0;
  FUZZ_CHECK(!Tls.On.empty());
  std::string Fixed = applyEdit(
      Text, TextEdit{Tls.Off->ValueOffset, Tls.Off->ValueLength, Tls.On});
  auto After = parseOdbcConnString(Fixed);
  FUZZ_CHECK(After && After->Params.size() == Conn->Params.size());
  const ConnParam *Same = nullptr;
  for (size_t I = 0; I < Conn->Params.size(); ++I)
    if (&Conn->Params[I] == Tls.Off)
      Same = &After->Params[I];
  FUZZ_CHECK(Same && Same->Key == Tls.Off->Key && Same->Value == Tls.On);
  return 0;
}
