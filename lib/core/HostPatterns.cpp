//===- HostPatterns.cpp - Internal or external destination ----------------===//
#include "transit/HostPatterns.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include <algorithm>
#include <memory>

namespace transit {

std::optional<HostPatterns> HostPatterns::parse(llvm::StringRef Patterns,
                                                std::string &Error) {
  HostPatterns Result;
  std::string Text = Patterns.str();
  std::replace(Text.begin(), Text.end(), ',', ';');
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  llvm::StringRef(Text).split(Parts, ';');
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    if (Part == "<single-label>") {
      Result.SingleLabel = true;
      continue;
    }
    // GlobPattern may keep a reference to the text: keep it where it stays.
    auto Owned = std::make_shared<const std::string>(Part.lower());
    Result.Texts.push_back(Owned);
    auto Glob = llvm::GlobPattern::create(*Owned);
    if (!Glob) {
      Error = "'" + Part.str() + "': " + llvm::toString(Glob.takeError());
      return std::nullopt;
    }
    Result.Globs.push_back(std::move(*Glob));
  }
  return Result;
}

bool HostPatterns::isInternal(llvm::StringRef Host) const {
  std::string Name = Host.trim().lower();
  llvm::StringRef H = Name;
  if (H.starts_with("[") && H.ends_with("]"))
    H = H.drop_front().drop_back();
  H.consume_back("."); // a fully qualified name's root
  if (H.empty())
    return true; // no destination named
  bool IPv6 = H.contains(':');
  if (SingleLabel && !IPv6 && !H.contains('.'))
    return true;
  for (const llvm::GlobPattern &Glob : Globs)
    if (Glob.match(H))
      return true;
  return false;
}

} // namespace transit
