//===- transit/report/Report.h - Findings of a run, in any format -*- C++
//-*-===//
//
// What a transit-tidy (or transit-audit) run found, independent of Clang: the
// findings with their notes and fixes, the files that did not parse, and the
// writers for every output format (text, SARIF 2.1.0, GitHub workflow
// commands, reviewdog rdjsonl, GitLab Code Quality). Fingerprints, the
// baseline file, unified diffs and the batch fix live beside it
// (Fingerprint.h, Baseline.h, Diff.h, Fixes.h).
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_REPORT_REPORT_H
#define TRANSIT_REPORT_REPORT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace transit::report {

/// A place in a file. Line and column (1-based; the column counts bytes, as
/// clang does) are filled from Offset by Sources::resolve.
struct Position {
  std::string File; ///< absolute, normalised
  unsigned Offset = 0;
  unsigned Line = 0;
  unsigned Column = 0;
};

/// One replacement: Length bytes at Offset become Text.
struct Edit {
  std::string File;
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Text;
  bool operator==(const Edit &O) const {
    return File == O.File && Offset == O.Offset && Length == O.Length &&
           Text == O.Text;
  }
};

struct Note {
  Position Where;
  std::string Message;
};

enum class Level { Warning, Error };

struct Finding {
  std::string Check; ///< transit-<check> (or clang-tidy-nolint)
  std::string Message;
  Level Severity = Level::Warning;
  Position Where;
  std::vector<Note> Notes;
  /// The fix, applied whole or not at all. Translation units that include
  /// the same header may propose different fixes for the same finding: each
  /// distinct one is kept, and the batch fix refuses to choose.
  std::vector<std::vector<Edit>> Fixes;
  /// Set when a carve-out accepted this site: its guarantee and justification,
  /// and where the comment is. Such a finding is reported as suppressed.
  std::optional<std::string> CarveOut;
  Position CarveOutAt;
  /// Stable across unrelated edits and moves (Fingerprint.h).
  std::string Fingerprint;
  bool InBaseline = false;
  /// Only translation units that did not parse report it: its fix is not
  /// applied (clang-tidy's rule; --fix-errors overrides it).
  bool FromUnparsedOnly = false;

  bool accepted() const { return CarveOut.has_value(); }
  /// The one fix, if the translation units agree on one.
  const std::vector<Edit> *fix() const {
    return Fixes.size() == 1 ? &Fixes.front() : nullptr;
  }
};

/// A file that could not be analysed completely: it did not parse (its
/// errors are kept), its compile command failed, or the analysis crashed.
struct Failure {
  std::string File;
  std::string Reason;
  std::vector<Note> Errors;
};

/// Everything one run produced.
struct Run {
  std::string Root; ///< repository root; paths under it are shown relative
  std::vector<Finding> Findings; ///< sorted by file and offset, no duplicates
  std::vector<Failure> Failures;
  /// Carve-outs next to sites no check could judge (kept, not findings; for
  /// the audit): Where and CarveOutAt are the comment, CarveOut its text.
  std::vector<Finding> KeptCarveOuts;
  /// With RunnerOptions::ReportConnections: the connection sites the checks
  /// found encrypted or could not judge (Message is the remark, beginning
  /// with a prefix of transit/Reporting.h), once per site and check.
  std::vector<Finding> Connections;
  /// What the checks said of their configuration (clang-tidy's
  /// [clang-tidy-config] warnings: a bad option value, an unknown option),
  /// once each, in the order first seen.
  std::vector<std::string> ConfigurationProblems;
  unsigned FilesAnalysed = 0;
  double Seconds = 0;
  bool BaselineUsed = false;

  /// Findings that count: not carved out, not in the baseline.
  unsigned reported() const;
};

/// Contents of the files findings point into, read once, for line and column
/// numbers and for source lines.
class Sources {
public:
  /// Null when the file cannot be read.
  const struct SourceText *get(llvm::StringRef Path);
  /// Fills Line and Column of every position in the run.
  void resolve(Run &R);

private:
  llvm::StringMap<std::unique_ptr<SourceText>> Files;
};

struct SourceText {
  std::string Content;
  std::vector<unsigned> LineStarts; ///< offset of each line's first byte

  explicit SourceText(std::string C);
  /// 1-based line and byte column of an offset (clamped to the file).
  std::pair<unsigned, unsigned> lineColumn(unsigned Offset) const;
  /// The text of a 1-based line, without its line break.
  llvm::StringRef line(unsigned Line) const;
  /// Column of an offset counted in Unicode code points (SARIF).
  unsigned codePointColumn(unsigned Offset) const;
};

/// Path shown for a file: relative to Base when under it, else absolute.
std::string displayPath(llvm::StringRef File, llvm::StringRef Base);

/// What output formats know of each check (checks/Checks.def TRANSIT_RULE,
/// and its docs page, compiled in).
struct Rule {
  llvm::StringRef Name;
  llvm::StringRef CWE;              ///< "CWE-319", or "CWE-326,CWE-327"
  llvm::StringRef SecuritySeverity; ///< CVSS-like, as GitHub ranks alerts
  llvm::StringRef Summary;
  llvm::StringRef Markdown; ///< the docs page
};
llvm::ArrayRef<Rule> rules();
const Rule *ruleFor(llvm::StringRef Check);
/// The first paragraph of a rule's docs page, as plain text.
std::string ruleDescription(const Rule &R);

enum class Format { Text, Sarif, GitHub, Rdjsonl, GitLab, Fixes };
std::optional<Format> parseFormat(llvm::StringRef Name);
llvm::StringRef formatName(Format F);

struct WriteOptions {
  std::string ToolVersion;
  std::string DocsUrl;     ///< prefix of helpUri; the check name and .md follow
  std::string DisplayBase; ///< text format: paths relative to this
  bool ShowCarveOuts = false; ///< text format: accepted carve-outs as remarks
};

void writeText(llvm::raw_ostream &OS, const Run &R, Sources &S,
               const WriteOptions &O);
void writeSarif(llvm::raw_ostream &OS, const Run &R, Sources &S,
                const WriteOptions &O);
void writeGitHub(llvm::raw_ostream &OS, const Run &R);
void writeRdjsonl(llvm::raw_ostream &OS, const Run &R, Sources &S,
                  const WriteOptions &O);
void writeGitLab(llvm::raw_ostream &OS, const Run &R);

/// The SARIF pieces every SARIF this project writes shares (transit-tidy's
/// findings, transit-audit's carve-outs): a physicalLocation (a %SRCROOT%-
/// relative, percent-encoded URI under Root, else a file:// URI; the region
/// in Unicode code points), and the run's originalUriBaseIds and columnKind.
llvm::json::Object sarifPhysicalLocation(llvm::StringRef Root, Sources &S,
                                         const Position &P);
void addSarifRunBase(llvm::json::Object &Run, llvm::StringRef Root);

/// The end-of-run table: findings per check, carve-outs accepted, baseline,
/// files analysed and failed, time.
void writeSummary(llvm::raw_ostream &OS, const Run &R);

} // namespace transit::report

#endif // TRANSIT_REPORT_REPORT_H
