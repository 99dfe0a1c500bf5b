//===- transit/Reporting.h - What the checks' messages say, for tools -*- C++
//-*-===//
//
// The few message texts that tools reading the checks' diagnostics (the
// transit-tidy driver, the audit) recognise. An accepted carve-out, with the
// check option ReportAcceptedCarveOuts, is reported as
//
//   remark: carve-out accepted: <guarantee>[ (destination <host>)]
//   note:   accepted finding: <the message the site would have had>   (at the
//   site) note:   carve-out: <guarantee>; <justification>                   (at
//   the comment)
//
// A carve-out next to a site no check could judge (an endpoint from
// configuration, a template) is kept without a finding; with the same option
// transit-carve-out reports it as
//
//   remark: carve-out kept: <guarantee> (no check could judge the site)
//   note:   carve-out: <guarantee>; <justification>                   (same
//   place)
//
// With the option ReportConnectionSites, every site check also reports the
// connection sites it recognised and found encrypted, or could not judge:
//
//   remark: connection encrypted: '<api>': <how>
//   remark: connection not judged: '<api>': <why>
//
// (its plaintext sites are its warnings, and carved-out ones the remarks
// above): the evidence transit-audit --inventory lists.
//
// The other verdicts of transit-carve-out on a carve-out begin with the
// prefixes below, so that the audit lists each with its status.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_REPORTING_H
#define TRANSIT_REPORTING_H

#include "llvm/ADT/StringRef.h"

namespace transit {

constexpr llvm::StringLiteral AcceptedRemarkPrefix = "carve-out accepted: ";
constexpr llvm::StringLiteral AcceptedFindingNotePrefix = "accepted finding: ";
constexpr llvm::StringLiteral CarveOutNotePrefix = "carve-out: ";
constexpr llvm::StringLiteral KeptRemarkPrefix = "carve-out kept: ";
constexpr llvm::StringLiteral EncryptedRemarkPrefix = "connection encrypted: ";
constexpr llvm::StringLiteral NotJudgedRemarkPrefix =
    "connection not judged: ";

// transit-carve-out's findings on a carve-out comment, by status.
constexpr llvm::StringLiteral MalformedCarveOutPrefix =
    "this comment is not a valid carve-out: ";
constexpr llvm::StringLiteral StaleCarveOutPrefix =
    "carve-out guards no insecure site";
constexpr llvm::StringLiteral ExternalCarveOutPrefix =
    "carve-out on traffic to '";
constexpr llvm::StringLiteral RefusedCarveOutPrefix = "carve-out on a ";

} // namespace transit

#endif // TRANSIT_REPORTING_H
