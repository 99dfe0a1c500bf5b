//===- test/fuzz/FuzzCheck.h - What every fuzz target shares ------*- C++
//-*-===//
//
// An invariant that does not hold is a crash libFuzzer keeps (with the input
// that broke it in crash-*): FUZZ_CHECK says which one, then aborts.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_FUZZCHECK_H
#define TRANSIT_FUZZCHECK_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(Cond)                                                       \
  do {                                                                         \
    if (!(Cond)) {                                                             \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__,          \
                   __LINE__, #Cond);                                           \
      std::abort();                                                            \
    }                                                                          \
  } while (false)

namespace transit::fuzz {
inline llvm::StringRef text(const uint8_t *Data, size_t Size) {
  return llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
}
} // namespace transit::fuzz

#endif // TRANSIT_FUZZCHECK_H
