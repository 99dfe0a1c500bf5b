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
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_REPORTING_H
#define TRANSIT_REPORTING_H

#include "llvm/ADT/StringRef.h"

namespace transit {

constexpr llvm::StringLiteral AcceptedRemarkPrefix = "carve-out accepted: ";
constexpr llvm::StringLiteral AcceptedFindingNotePrefix = "accepted finding: ";
constexpr llvm::StringLiteral CarveOutNotePrefix = "carve-out: ";

} // namespace transit

#endif // TRANSIT_REPORTING_H
