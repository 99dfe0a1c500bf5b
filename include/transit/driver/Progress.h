//===- transit/driver/Progress.h - The progress line on a terminal -*- C++
//-*-===//
//
// "[12/75] src/orders/client.cpp" rewritten in place on stderr while units
// are analysed, and erased at the end; nothing when stderr is not a
// terminal (CI logs, pipes). transit-tidy and transit-audit show it.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_DRIVER_PROGRESS_H
#define TRANSIT_DRIVER_PROGRESS_H

#include "transit/report/Report.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

namespace transit::driver {

class ProgressLine {
public:
  explicit ProgressLine(bool On) : On(On) {}
  /// "[Done/Total] <What>", \p What a path shown relative to \p Root.
  void update(unsigned Done, unsigned Total, llvm::StringRef What,
              llvm::StringRef Root) {
    if (!On)
      return;
    llvm::errs() << llvm::formatv("\r\033[K[{0}/{1}] {2}", Done, Total,
                                  report::displayPath(What, Root));
    llvm::errs().flush();
  }
  void clear() {
    if (On)
      llvm::errs() << "\r\033[K";
  }

private:
  bool On;
};

} // namespace transit::driver

#endif // TRANSIT_DRIVER_PROGRESS_H
