//===- transit/report/Baseline.h - Fingerprints and the baseline -*- C++
//-*-===//
//
// A finding's fingerprint hashes its check, its file (relative to the
// repository root), its message and the text of its line with white space
// folded, plus its rank among findings with the same four in that file.
// Line numbers are not part of it: a finding that moves with its code keeps
// its fingerprint, and edits elsewhere in the file do not change it.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_REPORT_BASELINE_H
#define TRANSIT_REPORT_BASELINE_H

#include "transit/report/Report.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace transit::report {

void assignFingerprints(Run &R, Sources &S);

/// The text of \p P's line with white space folded (leading and trailing
/// dropped, runs made one space): what identifies a site apart from where
/// it is. Empty when the file cannot be read.
std::string foldedLine(Sources &S, const Position &P);

/// The fingerprints a baseline file lists.
llvm::Expected<llvm::StringSet<>> readBaseline(llvm::StringRef Path);

/// Marks the findings the baseline lists (Finding::InBaseline).
void applyBaseline(Run &R, const llvm::StringSet<> &Baseline);

struct BaselineUpdate {
  unsigned Entries = 0, Added = 0, Removed = 0;
};
/// Writes every finding of the run (not the carved-out sites) as the new
/// baseline, atomically; Previous is what the old file listed.
llvm::Expected<BaselineUpdate> writeBaseline(llvm::StringRef Path, const Run &R,
                                             const llvm::StringSet<> &Previous);

} // namespace transit::report

#endif // TRANSIT_REPORT_BASELINE_H
