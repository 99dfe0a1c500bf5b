//===- transit/HostPatterns.h - Internal or external destination -*- C++
//-*-===//
//
// ZFN-3 never carves out traffic to external destinations. Whether a literal
// destination host is internal is decided by a list of patterns (option
// `InternalHostPatterns`): globs matched case-insensitively against the host
// name or IP literal, plus the keyword `<single-label>` for names without a
// dot. No Clang here.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_HOSTPATTERNS_H
#define TRANSIT_HOSTPATTERNS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/GlobPattern.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace transit {

/// Loopback, RFC 1918, RFC 4193 and link-local addresses, single-label
/// names, localhost and the usual private DNS suffixes.
inline constexpr llvm::StringLiteral DefaultInternalHostPatterns =
    "localhost;<single-label>;127.*;::1;0:0:0:0:0:0:0:1;10.*;"
    "172.1[6-9].*;172.2[0-9].*;172.3[0-1].*;192.168.*;169.254.*;"
    "fc*:*;fd*:*;fe[89ab]?:*;"
    "*.localhost;*.internal;*.local;*.svc;*.cluster.local;*.consul;*.lan;"
    "*.corp;*.home.arpa";

class HostPatterns {
public:
  /// Parses a `;`- or `,`-separated list; on a bad glob, returns nothing and
  /// sets \p Error.
  static std::optional<HostPatterns> parse(llvm::StringRef Patterns,
                                           std::string &Error);

  /// Whether \p Host (a name, an IPv4 literal, or an IPv6 literal with or
  /// without brackets) matches one of the patterns.
  bool isInternal(llvm::StringRef Host) const;

private:
  std::vector<std::shared_ptr<const std::string>> Texts;
  std::vector<llvm::GlobPattern> Globs;
  bool SingleLabel = false;
};

} // namespace transit

#endif // TRANSIT_HOSTPATTERNS_H
