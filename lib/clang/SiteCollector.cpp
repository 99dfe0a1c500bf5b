//===- SiteCollector.cpp - Every insecure site of a TU --------------------===//
#include "transit/SiteCollector.h"

namespace transit {
namespace {
// clang-tidy and the compiler plugin run one translation unit at a time on
// one thread; a check instance belongs to one context.
llvm::DenseMap<const clang::tidy::ClangTidyContext *, SiteCollector *> &
collectors() {
  static llvm::DenseMap<const clang::tidy::ClangTidyContext *, SiteCollector *>
      Map;
  return Map;
}
} // namespace

SiteCollector *
SiteCollector::forContext(const clang::tidy::ClangTidyContext *Context) {
  auto It = collectors().find(Context);
  return It == collectors().end() ? nullptr : It->second;
}

void SiteCollector::attach(const clang::tidy::ClangTidyContext *Context,
                           SiteCollector *Collector) {
  collectors()[Context] = Collector;
}

void SiteCollector::detach(const clang::tidy::ClangTidyContext *Context,
                           const SiteCollector *Collector) {
  auto It = collectors().find(Context);
  if (It != collectors().end() && It->second == Collector)
    collectors().erase(It);
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
