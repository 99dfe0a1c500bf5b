//===- transit/Prose.h - Lists in diagnostics -------------------*- C++ -*-===//
#ifndef TRANSIT_PROSE_H
#define TRANSIT_PROSE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace transit {

/// "a", "a and b", "a, b and c": a list as a message says it.
inline std::string joinInProse(llvm::ArrayRef<std::string> Items) {
  std::string Out;
  for (size_t I = 0; I < Items.size(); ++I) {
    if (I)
      Out += I + 1 == Items.size() ? " and " : ", ";
    Out += Items[I];
  }
  return Out;
}

} // namespace transit

#endif // TRANSIT_PROSE_H
