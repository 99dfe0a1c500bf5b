//===- Baseline.cpp - Fingerprints, and the file of known findings --------===//
#include "transit/report/Baseline.h"
#include "transit/report/Fixes.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SHA256.h"

#include <map>

namespace transit::report {

/// Re-indenting or re-wrapping around a line keeps its fingerprint.
std::string foldedLine(Sources &S, const Position &P) {
  const SourceText *T = S.get(P.File);
  if (!T || P.Line == 0)
    return "";
  std::string Out;
  bool Space = false;
  for (char C : T->line(P.Line)) {
    if (llvm::isSpace(C)) {
      Space = !Out.empty();
      continue;
    }
    if (Space)
      Out += ' ';
    Space = false;
    Out += C;
  }
  return Out;
}

void assignFingerprints(Run &R, Sources &S) {
  std::map<std::string, unsigned> Seen;
  for (Finding &F : R.Findings) {
    std::string Key = F.Check + '\0' + displayPath(F.Where.File, R.Root) +
                      '\0' + F.Message + '\0' + foldedLine(S, F.Where);
    unsigned Rank = Seen[Key]++; // findings are in file order
    llvm::SHA256 Hash;
    Hash.update(Key);
    Hash.update(llvm::StringRef("\0", 1));
    Hash.update(std::to_string(Rank));
    std::array<uint8_t, 32> Digest = Hash.final();
    F.Fingerprint = llvm::toHex(llvm::ArrayRef(Digest).take_front(16),
                                /*LowerCase=*/true);
  }
}

llvm::Expected<llvm::StringSet<>> readBaseline(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "cannot read the baseline " + Path + ": " +
                                       Buffer.getError().message());
  llvm::Expected<llvm::json::Value> Parsed =
      llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the baseline " + Path + " is not JSON: " +
                                       llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  const llvm::json::Array *Findings =
      Root ? Root->getArray("findings") : nullptr;
  if (!Findings || Root->getInteger("version") != 1)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "the baseline " + Path +
            " is not a transit-tidy baseline (version 1, \"findings\": [...])");
  llvm::StringSet<> Out;
  for (const llvm::json::Value &V : *Findings) {
    const llvm::json::Object *O = V.getAsObject();
    std::optional<llvm::StringRef> FP =
        O ? O->getString("fingerprint") : std::nullopt;
    if (!FP)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "the baseline " + Path +
                                         " has an entry without a fingerprint");
    Out.insert(*FP);
  }
  return Out;
}

void applyBaseline(Run &R, const llvm::StringSet<> &Baseline) {
  R.BaselineUsed = true;
  for (Finding &F : R.Findings)
    F.InBaseline = !F.accepted() && Baseline.contains(F.Fingerprint);
}

llvm::Expected<BaselineUpdate>
writeBaseline(llvm::StringRef Path, const Run &R,
              const llvm::StringSet<> &Previous) {
  BaselineUpdate U;
  llvm::json::Array Entries;
  llvm::StringSet<> Now;
  for (const Finding &F : R.Findings) {
    if (F.accepted() || !Now.insert(F.Fingerprint).second)
      continue;
    Entries.push_back(
        llvm::json::Object{{"fingerprint", F.Fingerprint},
                           {"check", F.Check},
                           {"file", displayPath(F.Where.File, R.Root)},
                           {"message", F.Message}});
    if (!Previous.contains(F.Fingerprint))
      ++U.Added;
  }
  U.Entries = Entries.size();
  for (const auto &E : Previous)
    if (!Now.contains(E.getKey()))
      ++U.Removed;
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::formatv("{0:2}", llvm::json::Value(llvm::json::Object{
                                   {"version", 1},
                                   {"tool", "transit-tidy"},
                                   {"findings", std::move(Entries)}}))
     << "\n";
  OS.flush();
  if (llvm::Error E = writeAtomically({{Path.str(), Text}}))
    return std::move(E);
  return U;
}

} // namespace transit::report
