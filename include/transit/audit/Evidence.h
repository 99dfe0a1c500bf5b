//===- transit/audit/Evidence.h - Encryption-in-transit evidence -*- C++
//-*-===//
//
// transit-audit --inventory: every connection site the checks recognise,
// with how it is protected, grouped by service directory and by family,
// with totals. It answers the auditor's question "show me encryption in
// transit for all service-to-service communication", and compares with the
// inventory of an earlier revision (its JSON).
//
// The checks decide every protection: a site check's finding is plaintext
// (or carved out, when a carve-out accepted it), transit-unverified-peer's
// and transit-weak-tls's findings are TLS without verification and weak
// TLS, and with ReportConnectionSites the site checks report the sites
// they proved encrypted and those they could not judge (transit/
// Reporting.h). No Clang.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_AUDIT_EVIDENCE_H
#define TRANSIT_AUDIT_EVIDENCE_H

#include "transit/report/Report.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace transit::audit {

/// How a connection site is protected, from best to worst.
enum class Protection {
  Encrypted,  ///< a check proved TLS (or CURVE, ALTS) on it
  CarvedOut,  ///< plaintext, accepted by a ZFN-3 carve-out
  NotJudged,  ///< recognised, but what decides it is not known here
  Unverified, ///< TLS without peer (or host-name) verification
  WeakTls,    ///< TLS with old versions or weak ciphers allowed
  Plaintext,  ///< plaintext, no carve-out
};
/// "encrypted", "carved-out", "not-judged", "unverified", "weak-tls",
/// "plaintext".
llvm::StringRef protectionName(Protection P);
std::optional<Protection> protectionNamed(llvm::StringRef Name);
/// Whether the site counts against the policy (plaintext, unverified, weak).
bool isViolation(Protection P);

struct Connection {
  report::Position Where;
  std::string Service; ///< the directory group (relative to the root)
  std::string Family;  ///< grpc, http, database, messaging, socket, tls
  std::string Check;   ///< transit-<check>
  std::string Api;     ///< what the site calls or builds
  Protection P = Protection::NotJudged;
  /// How it is encrypted, the finding, the carve-out, or why not judged.
  std::string Detail;
  /// Stable across unrelated edits and moves (family, file, folded line
  /// text, rank), for comparing inventories.
  std::string Id;
};

struct Evidence {
  std::string Root;
  std::vector<Connection> Sites; ///< by file and offset
  std::vector<report::Failure> Failures;
  unsigned UnitsAnalysed = 0;
};

/// The connection sites of \p R (from a runner with ReportConnections),
/// grouped into services by the first \p ServiceDepth directories of their
/// path under the root.
Evidence evidenceFromRun(const report::Run &R, report::Sources &S,
                         unsigned ServiceDepth);

/// An inventory written by writeEvidenceJson, read back for a comparison.
llvm::Expected<Evidence> readEvidenceJson(llvm::StringRef Text);

struct Change {
  const Connection *Old = nullptr; ///< null: added
  const Connection *New = nullptr; ///< null: removed
};
/// The sites added, removed and whose protection changed, old to new (by
/// Id); unchanged sites are not listed.
std::vector<Change> compare(const Evidence &Old, const Evidence &New);
/// Whether a change adds a violation or makes a site worse.
bool isRegression(const Change &C);

/// The evidence table: counts per service and family, totals, every site,
/// and the comparison when \p Changes is given.
void writeEvidenceTable(const Evidence &E, const std::vector<Change> *Changes,
                        llvm::raw_ostream &OS);
void writeEvidenceMarkdown(const Evidence &E,
                           const std::vector<Change> *Changes,
                           llvm::raw_ostream &OS);
/// docs/inventory-v1.schema.json.
void writeEvidenceJson(const Evidence &E, const std::vector<Change> *Changes,
                       llvm::raw_ostream &OS);
/// RFC 4180, one row per site.
void writeEvidenceCsv(const Evidence &E, llvm::raw_ostream &OS);

} // namespace transit::audit

#endif // TRANSIT_AUDIT_EVIDENCE_H
