//===- Fixes.cpp - Merging, checking and writing the fixes of a run -------===//
#include "transit/report/Fixes.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace transit::report {

namespace {

bool wholeLines(const Edit &E) {
  return E.Length == 0 && llvm::StringRef(E.Text).ends_with("\n");
}

/// Two different edits that cannot both be made: their ranges overlap, an
/// insertion falls inside a replaced range, or two insertions at one place
/// would need an order (whole-line insertions, such as #includes, do not:
/// they go in sorted order).
bool conflict(const Edit &A, const Edit &B) {
  if (A.File != B.File || A == B)
    return false;
  unsigned AEnd = A.Offset + A.Length, BEnd = B.Offset + B.Length;
  if (A.Length == 0 && B.Length == 0)
    return A.Offset == B.Offset && !(wholeLines(A) && wholeLines(B));
  if (A.Length == 0)
    return B.Offset < A.Offset && A.Offset < BEnd;
  if (B.Length == 0)
    return A.Offset < B.Offset && B.Offset < AEnd;
  return A.Offset < BEnd && B.Offset < AEnd;
}

std::string where(Sources &S, const Edit &E, llvm::StringRef Root = "") {
  unsigned Line = 0;
  if (const SourceText *T = S.get(E.File))
    Line = T->lineColumn(E.Offset).first;
  return llvm::formatv("{0}:{1}", displayPath(E.File, Root), Line).str();
}

} // namespace

FixPlan planFixes(llvm::ArrayRef<const Finding *> Findings, Sources &S,
                  bool FixErrors) {
  FixPlan Plan;
  struct Taken {
    Edit E;
    const Finding *By;
  };
  std::map<std::string, std::vector<Taken>> ByFile;
  for (const Finding *F : Findings) {
    if (F->accepted() || F->Fixes.empty())
      continue;
    if (F->FromUnparsedOnly && !FixErrors) {
      ++Plan.SkippedUnparsed;
      continue;
    }
    if (F->Fixes.size() > 1) {
      Plan.Conflicts.push_back(
          llvm::formatv("{0}:{1}: {2}: the translation units that include "
                        "this file propose {3} different fixes for the same "
                        "finding (different configurations?)",
                        F->Where.File, F->Where.Line, F->Check, F->Fixes.size())
              .str());
      continue;
    }
    const std::vector<Edit> &Fix = F->Fixes.front();
    bool Clash = false;
    for (const Edit &E : Fix) {
      for (const Taken &T : ByFile[E.File]) {
        if (!conflict(E, T.E))
          continue;
        Plan.Conflicts.push_back(
            llvm::formatv("{0}: the fix for {1} ('{2}') overlaps the fix for "
                          "{3} at {4}",
                          where(S, E), F->Check, F->Message, T.By->Check,
                          where(S, T.E))
                .str());
        Clash = true;
        break;
      }
      if (Clash)
        break;
    }
    if (Clash)
      continue;
    for (const Edit &E : Fix) {
      std::vector<Taken> &Edits = ByFile[E.File];
      if (llvm::none_of(Edits, [&](const Taken &T) { return T.E == E; }))
        Edits.push_back({E, F}); // an edit several findings share, once
    }
    Plan.Fixed.push_back(F);
  }
  for (auto &[File, Edits] : ByFile) {
    if (Edits.empty())
      continue;
    std::vector<Edit> &Out = Plan.Edits[File];
    for (const Taken &T : Edits)
      Out.push_back(T.E);
    // Whole lines inserted at one place go in sorted order, except that a
    // line opening a new block ("\n#include \"x.h\"\n", as clang-tidy's
    // include inserter writes after the last block of another kind) comes
    // after the lines that extend the block there: the order clang-tidy
    // -fix leaves.
    llvm::sort(Out, [](const Edit &A, const Edit &B) {
      bool ANew = llvm::StringRef(A.Text).starts_with("\n");
      bool BNew = llvm::StringRef(B.Text).starts_with("\n");
      return std::tie(A.Offset, A.Length, ANew, A.Text) <
             std::tie(B.Offset, B.Length, BNew, B.Text);
    });
  }
  return Plan;
}

llvm::Expected<std::map<std::string, std::string>>
applyPlan(const FixPlan &Plan, Sources &S) {
  std::map<std::string, std::string> Out;
  for (const auto &[File, Edits] : Plan.Edits) {
    const SourceText *T = S.get(File);
    if (!T)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "cannot read " + File);
    // The offsets are the analysis's: the file must not have changed since.
    auto Now = llvm::MemoryBuffer::getFile(File, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
    if (!Now || (*Now)->getBuffer() != T->Content)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          File + " changed while it was analysed; run again");
    std::string Result;
    unsigned At = 0;
    for (const Edit &E : Edits) {
      if (E.Offset < At || E.Offset + E.Length > T->Content.size())
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       "an edit falls outside " + File);
      Result.append(T->Content, At, E.Offset - At);
      Result += E.Text;
      At = E.Offset + E.Length;
    }
    Result.append(T->Content, At, std::string::npos);
    Out[File] = std::move(Result);
  }
  return Out;
}

llvm::Error writeAtomically(const std::map<std::string, std::string> &Files) {
  std::vector<std::pair<llvm::sys::fs::TempFile, std::string>> Temps;
  auto DiscardAll = [&] {
    for (auto &[Temp, Path] : Temps)
      llvm::consumeError(Temp.discard());
  };
  for (const auto &[Path, Content] : Files) {
    llvm::ErrorOr<llvm::sys::fs::perms> Perms =
        llvm::sys::fs::getPermissions(Path);
    auto Temp = llvm::sys::fs::TempFile::create(Path + ".transit-%%%%%%.tmp");
    if (!Temp) {
      DiscardAll();
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "cannot create a temporary file beside " + Path + ": " +
              llvm::toString(Temp.takeError()) + "; no file was changed");
    }
    {
      llvm::raw_fd_ostream OS(Temp->FD, /*shouldClose=*/false);
      OS << Content;
      OS.flush();
      if (OS.has_error()) {
        std::string Message = OS.error().message();
        OS.clear_error();
        llvm::consumeError(Temp->discard());
        DiscardAll();
        return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                       "cannot write " + Path + ": " + Message +
                                           "; no file was changed");
      }
    }
    if (Perms)
      (void)llvm::sys::fs::setPermissions(Temp->TmpName, *Perms);
    Temps.emplace_back(std::move(*Temp), Path);
  }
  // Every new content is on disk; now the renames.
  for (size_t I = 0; I < Temps.size(); ++I)
    if (llvm::Error E = Temps[I].first.keep(Temps[I].second)) {
      for (size_t J = I + 1; J < Temps.size(); ++J)
        llvm::consumeError(Temps[J].first.discard());
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "cannot replace " + Temps[I].second + ": " +
              llvm::toString(std::move(E)) +
              (I ? " (the files before it were written)" : ""));
    }
  return llvm::Error::success();
}

} // namespace transit::report
