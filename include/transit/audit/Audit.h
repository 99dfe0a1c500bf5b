//===- transit/audit/Audit.h - The carve-out inventory ----------*- C++ -*-===//
//
// What transit-audit lists: every ZFN-3 carve-out of a repository with its
// status. C and C++ carve-outs come from the checks themselves (a
// report::Run of transit-tidy's runner, with accepted and kept carve-outs
// reported), so the audit and the checks never disagree; carve-outs in other
// files (YAML, Terraform, shell ...) and in C/C++ files no unit compiles are
// read with the same grammar (CarveOut.h) through the comment-syntax table
// (CommentSyntax.h). No Clang.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_AUDIT_AUDIT_H
#define TRANSIT_AUDIT_AUDIT_H

#include "transit/report/Diff.h"
#include "transit/report/Report.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <string>
#include <vector>

namespace transit::audit {

/// ZFN-3's five verdicts on a carve-out.
enum class Status {
  Valid,     ///< well formed; accepted at a site, or not judged (see Judged)
  Malformed, ///< looks like a carve-out, breaks the grammar
  Stale,     ///< guards no insecure site
  External,  ///< on traffic to an external destination
  Refused,   ///< on authentication or weak TLS, which are never carved out
};
llvm::StringRef
statusName(Status S); ///< "valid", ..., "refused-authentication"

/// A site a carve-out sits on.
struct GuardedSite {
  std::string Check;   ///< transit-<check>
  std::string Api;     ///< what the finding names first ('grpc::...'), if any
  std::string Message; ///< the finding the carve-out accepted
  report::Position Where;
};

struct Entry {
  report::Position At; ///< the marker
  Status S = Status::Valid;
  /// Whether a check judged the site next to it: false for a carve-out next
  /// to a site no check could judge, in a file the compiler did not see, or
  /// in a file that is not C or C++ (the grammar only).
  bool Judged = false;
  /// Why, when not judged, or what is wrong (malformed), or the verdict.
  std::string Detail;
  std::string Guarantee, Justification;
  std::vector<GuardedSite> Sites;
  std::string Destination; ///< the literal host, when a site names one
  std::string Syntax;      ///< "C / C++", "YAML", ... (CommentSyntax.h)
  /// From git blame of the marker's line, when asked.
  std::string Author, Commit;
  int64_t AuthorTime = 0; ///< seconds since the epoch; 0 = not known

  bool needsAction() const { return S != Status::Valid; }
};

struct Inventory {
  std::string Root;
  std::vector<Entry> Entries; ///< by file and offset
  std::vector<report::Failure> Failures;
  /// Compiled units, and the other files read by their comment syntax.
  unsigned UnitsAnalysed = 0, TextFilesScanned = 0;
};

/// The C and C++ carve-outs the checks reported in \p R (which must come
/// from a runner that reports accepted and kept carve-outs), their text
/// re-read from \p S for guarantee and justification.
Inventory fromRun(const report::Run &R, report::Sources &S,
                  llvm::StringRef Marker);

/// Adds the carve-outs of one file read by its comment syntax (\p Path
/// absolute); those already in \p I (found by the checks) are not added
/// again, the others are not judged, for the reason \p NotJudged gives.
/// False when the table does not know the file.
bool scanFile(Inventory &I, llvm::StringRef Path, llvm::StringRef Text,
              llvm::StringRef Marker, llvm::StringRef NotJudged);

/// Sorts the entries by file and offset, fills line and column.
void finish(Inventory &I, report::Sources &S);

/// Fills Author, Commit and AuthorTime of the entries in \p File from the
/// output of `git blame --line-porcelain -- File` (the marker's line).
void applyBlame(Inventory &I, llvm::StringRef File, llvm::StringRef Porcelain);

/// Which entries to keep; every filter given must hold.
struct Filters {
  /// --perimeter: the guarantee matches (case-insensitively).
  std::optional<llvm::Regex> Perimeter;
  /// --since: the marker's line was added or changed since a revision.
  std::optional<report::ChangedLines> Since;
  /// --older-than: last changed before this time (seconds since the epoch;
  /// entries with no known time are kept: nobody can say they are fresh).
  int64_t ChangedBefore = 0;
};
void filter(Inventory &I, const Filters &F);

void writeTable(const Inventory &I, llvm::raw_ostream &OS);
void writeJson(const Inventory &I, llvm::raw_ostream &OS);
/// For an audit ticket: the counts by status, then one row per carve-out.
void writeMarkdown(const Inventory &I, llvm::raw_ostream &OS);
/// RFC 4180, one row per carve-out, for a spreadsheet.
void writeCsv(const Inventory &I, llvm::raw_ostream &OS);
/// SARIF 2.1.0: one result per carve-out, kind "pass" when valid and "fail"
/// (level error) when it needs action; rule = status.
void writeSarif(const Inventory &I, report::Sources &S, llvm::raw_ostream &OS,
                llvm::StringRef Version);

} // namespace transit::audit

#endif // TRANSIT_AUDIT_AUDIT_H
