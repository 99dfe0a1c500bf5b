// Host patterns (InternalHostPatterns) and the hosts they are matched
// against: the input's first line is a pattern list, the rest host names.
// No input may crash either; the default list must parse, and a host that a
// list calls internal stays internal when the list gains patterns.
#include "FuzzCheck.h"
#include "transit/HostPatterns.h"

#include <string>

using namespace transit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto [List, Hosts] = fuzz::text(Data, Size).split('\n');
  std::string Error;
  static const HostPatterns Defaults = [] {
    std::string E;
    auto P = HostPatterns::parse(DefaultInternalHostPatterns, E);
    FUZZ_CHECK(P && E.empty());
    return *P;
  }();
  auto Patterns = HostPatterns::parse(List, Error);
  FUZZ_CHECK(Patterns || !Error.empty());
  std::optional<HostPatterns> Wider;
  if (Patterns) {
    std::string WiderError;
    Wider = HostPatterns::parse(
        (List + ";" + DefaultInternalHostPatterns).str(), WiderError);
    FUZZ_CHECK(Wider);
  }
  llvm::SmallVector<llvm::StringRef, 8> Names;
  Hosts.split(Names, '\n', /*MaxSplit=*/16);
  for (llvm::StringRef Host : Names) {
    bool Default = Defaults.isInternal(Host);
    if (Patterns) {
      bool Mine = Patterns->isInternal(Host);
      FUZZ_CHECK(!(Mine || Default) || Wider->isInternal(Host));
    }
  }
  return 0;
}
