//===- transit/report/Fixes.h - The batch fix over a whole run --*- C++ -*-===//
//
// All fixes of a run, merged: an edit several translation units propose (an
// include inserted into a shared header) is made once; edits that overlap
// are conflicts, and with a conflict nothing is written at all. Files are
// written atomically (a temporary file beside each, then a rename), and only
// once every new content is ready.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_REPORT_FIXES_H
#define TRANSIT_REPORT_FIXES_H

#include "transit/report/Report.h"

#include "llvm/Support/Error.h"

#include <map>

namespace transit::report {

struct FixPlan {
  /// The edits for each file, sorted, each once.
  std::map<std::string, std::vector<Edit>> Edits;
  /// One sentence per conflict ("file:line: ..."); non-empty means the plan
  /// must not be applied.
  std::vector<std::string> Conflicts;
  /// Findings whose whole fix is in the plan.
  std::vector<const Finding *> Fixed;
  /// Fixes left out because only units that do not parse propose them.
  unsigned SkippedUnparsed = 0;
};

/// Plans the fixes of the given findings (carved-out ones have none).
FixPlan planFixes(llvm::ArrayRef<const Finding *> Findings, Sources &S,
                  bool FixErrors = false);

/// The new contents of every file the plan changes, checked against the
/// files as they are now on disk (a file changed since it was analysed is an
/// error).
llvm::Expected<std::map<std::string, std::string>>
applyPlan(const FixPlan &Plan, Sources &S);

/// Writes each file through a temporary file in its directory and a rename,
/// keeping its permissions; all temporaries are written before any rename.
llvm::Error writeAtomically(const std::map<std::string, std::string> &Files);

} // namespace transit::report

#endif // TRANSIT_REPORT_FIXES_H
