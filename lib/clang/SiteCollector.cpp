//===- SiteCollector.cpp - Every insecure site of a TU --------------------===//
#include "transit/SiteCollector.h"

#include <mutex>

namespace transit {
namespace {
// A check instance belongs to one context; transit-tidy runs several
// contexts (translation units) at once, on several threads.
struct Collectors {
  std::mutex Lock;
  llvm::DenseMap<const clang::tidy::ClangTidyContext *, SiteCollector *> Map;
};

Collectors &collectors() {
  static Collectors C;
  return C;
}
} // namespace

SiteCollector *
SiteCollector::forContext(const clang::tidy::ClangTidyContext *Context) {
  Collectors &C = collectors();
  std::lock_guard<std::mutex> Guard(C.Lock);
  auto It = C.Map.find(Context);
  return It == C.Map.end() ? nullptr : It->second;
}

void SiteCollector::attach(const clang::tidy::ClangTidyContext *Context,
                           SiteCollector *Collector) {
  Collectors &C = collectors();
  std::lock_guard<std::mutex> Guard(C.Lock);
  C.Map[Context] = Collector;
}

void SiteCollector::detach(const clang::tidy::ClangTidyContext *Context,
                           const SiteCollector *Collector) {
  Collectors &C = collectors();
  std::lock_guard<std::mutex> Guard(C.Lock);
  auto It = C.Map.find(Context);
  if (It != C.Map.end() && It->second == Collector)
    C.Map.erase(It);
}

void SiteCollector::clear() {
  Sites.clear();
  ByCarveOut.clear();
  Considered.clear();
}

void SiteCollector::consider(llvm::ArrayRef<clang::SourceLocation> CarveOuts) {
  for (clang::SourceLocation Marker : CarveOuts)
    Considered.insert(Marker.getRawEncoding());
}

void SiteCollector::record(SiteRecord Site,
                           llvm::ArrayRef<clang::SourceLocation> CarveOuts) {
  Sites.push_back(std::move(Site));
  for (clang::SourceLocation Marker : CarveOuts)
    ByCarveOut[Marker.getRawEncoding()].push_back(Sites.size() - 1);
}

llvm::SmallVector<const SiteRecord *, 2>
SiteCollector::sitesOf(clang::SourceLocation Marker) const {
  llvm::SmallVector<const SiteRecord *, 2> Result;
  auto It = ByCarveOut.find(Marker.getRawEncoding());
  if (It != ByCarveOut.end())
    for (size_t I : It->second)
      Result.push_back(&Sites[I]);
  return Result;
}

} // namespace transit
