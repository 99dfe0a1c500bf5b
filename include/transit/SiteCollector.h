//===- transit/SiteCollector.h - Every insecure site of a TU ----*- C++ -*-===//
//
// transit-carve-out judges carve-out comments by the sites next to them, and
// NOLINT comments by the sites they silence. Every site check records each
// site it finds here (before deciding whether to report it), whether or not
// its own diagnostics are enabled: transit-carve-out runs the disabled ones
// in collect-only mode, so disabling a site check never makes its carve-outs
// look stale.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_SITECOLLECTOR_H
#define TRANSIT_SITECOLLECTOR_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace transit {

struct SiteRecord {
  std::string Check;         ///< "transit-insecure-grpc"
  clang::SourceLocation Loc; ///< where the site is reported
  bool CarveOutApplies;      ///< false for authentication and weak TLS
  std::string Destination;   ///< literal destination host, if known
  bool ExternalDestination;  ///< outside the internal host patterns
};

class SiteCollector {
public:
  /// The collector of the transit-carve-out check running in \p Context,
  /// if one is.
  static SiteCollector *
  forContext(const clang::tidy::ClangTidyContext *Context);
  static void attach(const clang::tidy::ClangTidyContext *Context,
                     SiteCollector *Collector);
  /// Detaches \p Collector, unless another has been attached since (the
  /// next translation unit's check may be made before this one goes).
  static void detach(const clang::tidy::ClangTidyContext *Context,
                     const SiteCollector *Collector);

  void clear();
  /// Records \p Site and the well-formed carve-outs next to it (their
  /// markers' locations).
  void record(SiteRecord Site, llvm::ArrayRef<clang::SourceLocation> CarveOuts);

  /// Records the well-formed carve-outs next to a site that a site check
  /// looked at but could not judge (a connection string from configuration,
  /// a handle set up elsewhere): such a carve-out may well be needed.
  void consider(llvm::ArrayRef<clang::SourceLocation> CarveOuts);
  bool considered(clang::SourceLocation Marker) const {
    return Considered.contains(Marker.getRawEncoding());
  }

  llvm::ArrayRef<SiteRecord> sites() const { return Sites; }
  /// The sites next to the carve-out whose marker is at \p Marker.
  llvm::SmallVector<const SiteRecord *, 2>
  sitesOf(clang::SourceLocation Marker) const;

private:
  std::vector<SiteRecord> Sites;
  llvm::DenseMap<clang::SourceLocation::UIntTy, llvm::SmallVector<size_t, 1>>
      ByCarveOut;
  llvm::DenseSet<clang::SourceLocation::UIntTy> Considered;
};

} // namespace transit

#endif // TRANSIT_SITECOLLECTOR_H
