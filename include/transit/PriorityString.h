//===- transit/PriorityString.h - GnuTLS priority strings -------*- C++ -*-===//
//
// gnutls_priority_init, gnutls_priority_set_direct and
// gnutls_set_default_priority_append take GnuTLS's priority language: a
// keyword (NORMAL, SECURE256, @SYSTEM ...) then `:`-separated elements
// each added (`+`) or removed (`-`, `!`): `NORMAL:+VERS-TLS1.0:-ARCFOUR-128`.
// This replays such a string and says which obsolete versions and weak
// algorithms it explicitly turns on. A keyword's own defaults are the
// library's (and the system's) policy and are not judged. No Clang here.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_PRIORITYSTRING_H
#define TRANSIT_PRIORITYSTRING_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace transit {

struct PriorityElement {
  std::string Name;     ///< as written, without its sign: "VERS-TLS1.0"
  std::string What;     ///< "TLS 1.0", "RC4", "anonymous key exchange"
  bool Version = false; ///< a protocol version (else an algorithm)
  size_t Offset = 0;    ///< where its `+` is in the string
};

struct PriorityVerdict {
  /// The weak elements the string adds and does not remove afterwards, in
  /// order.
  std::vector<PriorityElement> Weak;
  /// Whether TLS 1.2 or later (or DTLS 1.2) stays enabled once the weak
  /// elements are removed: a keyword base or an explicit +VERS-TLS1.2, not
  /// removed afterwards. Only then is turning the weak ones off a safe fix.
  bool ModernRemains = false;
};

/// Replays \p Priorities as GnuTLS would, for the elements that matter here.
PriorityVerdict evaluatePriorityString(llvm::StringRef Priorities);

} // namespace transit

#endif // TRANSIT_PRIORITYSTRING_H
