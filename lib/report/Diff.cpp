//===- Diff.cpp - Reading unified diffs, writing them ---------------------===//
#include "transit/report/Diff.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>

namespace transit::report {

void ChangedLines::addWholeFile(llvm::StringRef Path) {
  Files[Path].Whole = true;
}

void ChangedLines::addLines(llvm::StringRef Path, unsigned First,
                            unsigned Count) {
  Ranges &R = Files[Path];
  if (Count)
    R.Lines.push_back({First, First + Count - 1});
}

bool ChangedLines::contains(llvm::StringRef Path, unsigned Line) const {
  auto It = Files.find(Path);
  if (It == Files.end())
    return false;
  if (It->second.Whole)
    return true;
  return llvm::any_of(It->second.Lines, [&](const auto &R) {
    return R.first <= Line && Line <= R.second;
  });
}

bool ChangedLines::containsFile(llvm::StringRef Path) const {
  auto It = Files.find(Path);
  return It != Files.end() && (It->second.Whole || !It->second.Lines.empty());
}

std::vector<std::string> ChangedLines::files() const {
  std::vector<std::string> Out;
  for (const auto &E : Files)
    if (E.second.Whole || !E.second.Lines.empty())
      Out.push_back(E.getKey().str());
  llvm::sort(Out);
  return Out;
}

namespace {

/// The path of a `+++ ` line: up to a tab (diff -u puts a date there),
/// unquoted as git quotes unusual names.
std::string headerPath(llvm::StringRef Rest) {
  Rest = Rest.split('\t').first.rtrim("\r");
  if (Rest.size() >= 2 && Rest.front() == '"' && Rest.back() == '"') {
    std::string Out;
    llvm::StringRef Q = Rest.drop_front().drop_back();
    for (size_t I = 0; I < Q.size(); ++I) {
      if (Q[I] == '\\' && I + 1 < Q.size()) {
        char N = Q[++I];
        if (N >= '0' && N <= '7' && I + 2 < Q.size()) { // \ooo
          Out += char((N - '0') * 64 + (Q[I + 1] - '0') * 8 + (Q[I + 2] - '0'));
          I += 2;
        } else {
          Out += N == 't' ? '\t' : N == 'n' ? '\n' : N;
        }
      } else {
        Out += Q[I];
      }
    }
    return Out;
  }
  return Rest.str();
}

bool parseRange(llvm::StringRef Text, unsigned &Start, unsigned &Count) {
  auto [S, C] = Text.split(',');
  if (S.getAsInteger(10, Start))
    return false;
  Count = 1;
  return C.empty() || !C.getAsInteger(10, Count);
}

} // namespace

llvm::Expected<ChangedLines> parseUnifiedDiff(llvm::StringRef Text) {
  ChangedLines Out;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  if (!Lines.empty() && Lines.back().empty())
    Lines.pop_back(); // after the last line break
  std::string Old, Path;
  bool GitPrefixes = false, InHunk = false;
  unsigned NewLine = 0, OldLeft = 0, NewLeft = 0, LineNo = 0;
  for (llvm::StringRef L : Lines) {
    ++LineNo;
    if (InHunk && (OldLeft || NewLeft)) {
      char C = L.empty() ? ' ' : L.front();
      if (C == '\\') // "\ No newline at end of file"
        continue;
      if (C == '+') {
        if (!Path.empty())
          Out.addLines(Path, NewLine, 1);
        ++NewLine;
        if (NewLeft)
          --NewLeft;
      } else if (C == '-') {
        if (OldLeft)
          --OldLeft;
      } else if (C == ' ' || L.empty()) {
        ++NewLine;
        if (OldLeft)
          --OldLeft;
        if (NewLeft)
          --NewLeft;
      } else {
        return llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            llvm::formatv("diff line {0}: the hunk ends early", LineNo).str());
      }
      continue;
    }
    InHunk = false;
    if (L.starts_with("diff --git ")) {
      GitPrefixes = true;
    } else if (L.starts_with("--- ")) {
      Old = headerPath(L.drop_front(4));
    } else if (L.starts_with("+++ ")) {
      Path = headerPath(L.drop_front(4));
      if (Path == "/dev/null") {
        Path.clear(); // deleted: no line of it is on the new side
      } else {
        llvm::StringRef P = Path;
        // git's a/ and b/ (or -p1 style with any one-letter prefixes).
        if ((GitPrefixes || llvm::StringRef(Old).starts_with("a/") ||
             Old == "/dev/null") &&
            P.consume_front("b/"))
          Path = P.str();
      }
    } else if (L.starts_with("@@ ")) {
      // @@ -a[,b] +c[,d] @@
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      L.split(Parts, ' ', 4, false);
      unsigned OS = 0, OC = 0, NS = 0, NC = 0;
      if (Parts.size() < 4 || !Parts[1].starts_with("-") ||
          !Parts[2].starts_with("+") ||
          !parseRange(Parts[1].drop_front(), OS, OC) ||
          !parseRange(Parts[2].drop_front(), NS, NC))
        return llvm::createStringError(
            llvm::inconvertibleErrorCode(),
            llvm::formatv("diff line {0}: not a hunk header: {1}", LineNo, L)
                .str());
      NewLine = NS;
      OldLeft = OC;
      NewLeft = NC;
      InHunk = true;
    }
  }
  if (InHunk && (OldLeft || NewLeft))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the diff ends inside a hunk");
  return Out;
}

//===----------------------------------------------------------------------===//
// Writing: Myers' O(ND) diff over lines, then hunks with 3 lines of context.
//===----------------------------------------------------------------------===//

namespace {

std::vector<llvm::StringRef> splitLines(llvm::StringRef Text) {
  std::vector<llvm::StringRef> Lines;
  while (!Text.empty()) {
    size_t End = Text.find('\n');
    if (End == llvm::StringRef::npos) {
      Lines.push_back(Text);
      break;
    }
    Lines.push_back(Text.take_front(End + 1)); // with its line break
    Text = Text.drop_front(End + 1);
  }
  return Lines;
}

enum class Op { Keep, Remove, Add };

std::vector<Op> myers(const std::vector<llvm::StringRef> &A,
                      const std::vector<llvm::StringRef> &B) {
  const int N = A.size(), M = B.size(), Max = N + M;
  std::vector<int> V(2 * Max + 2, 0);
  std::vector<std::vector<int>> Trace;
  int D = 0;
  for (; D <= Max; ++D) {
    Trace.push_back(V);
    bool Done = false;
    for (int K = -D; K <= D; K += 2) {
      int X = (K == -D || (K != D && V[Max + K - 1] < V[Max + K + 1]))
                  ? V[Max + K + 1]
                  : V[Max + K - 1] + 1;
      int Y = X - K;
      while (X < N && Y < M && A[X] == B[Y])
        ++X, ++Y;
      V[Max + K] = X;
      if (X >= N && Y >= M) {
        Done = true;
        break;
      }
    }
    if (Done)
      break;
  }
  // Walk back through the trace.
  std::vector<Op> Ops;
  int X = N, Y = M;
  for (; D > 0; --D) {
    const std::vector<int> &Prev = Trace[D];
    int K = X - Y;
    int PrevK = (K == -D || (K != D && Prev[Max + K - 1] < Prev[Max + K + 1]))
                    ? K + 1
                    : K - 1;
    int PrevX = Prev[Max + PrevK], PrevY = PrevX - PrevK;
    while (X > PrevX && Y > PrevY) {
      Ops.push_back(Op::Keep);
      --X, --Y;
    }
    Ops.push_back(X == PrevX ? Op::Add : Op::Remove);
    X = PrevX;
    Y = PrevY;
  }
  while (X > 0 && Y > 0) {
    Ops.push_back(Op::Keep);
    --X, --Y;
  }
  std::reverse(Ops.begin(), Ops.end());
  return Ops;
}

void addLine(std::string &Out, char Prefix, llvm::StringRef Line) {
  Out += Prefix;
  Out += Line.str();
  if (!Line.ends_with("\n"))
    Out += "\n\\ No newline at end of file\n";
}

} // namespace

std::string unifiedDiff(llvm::StringRef OldName, llvm::StringRef NewName,
                        llvm::StringRef Old, llvm::StringRef New) {
  if (Old == New)
    return "";
  std::vector<llvm::StringRef> A = splitLines(Old), B = splitLines(New);
  // Common prefix and suffix first: fixes touch a few lines of big files.
  size_t Pre = 0;
  while (Pre < A.size() && Pre < B.size() && A[Pre] == B[Pre])
    ++Pre;
  size_t Suf = 0;
  while (Suf < A.size() - Pre && Suf < B.size() - Pre &&
         A[A.size() - 1 - Suf] == B[B.size() - 1 - Suf])
    ++Suf;
  std::vector<llvm::StringRef> MidA(A.begin() + Pre, A.end() - Suf),
      MidB(B.begin() + Pre, B.end() - Suf);
  std::vector<Op> Ops(Pre, Op::Keep);
  for (Op O : myers(MidA, MidB))
    Ops.push_back(O);
  Ops.insert(Ops.end(), Suf, Op::Keep);

  // Positions in A and B before each op.
  std::vector<size_t> IA(Ops.size() + 1), IB(Ops.size() + 1);
  for (size_t I = 0; I < Ops.size(); ++I) {
    IA[I + 1] = IA[I] + (Ops[I] != Op::Add);
    IB[I + 1] = IB[I] + (Ops[I] != Op::Remove);
  }
  const size_t Context = 3;
  std::string Out = ("--- " + OldName + "\n+++ " + NewName + "\n").str();
  size_t I = 0;
  while (I < Ops.size()) {
    if (Ops[I] == Op::Keep) {
      ++I;
      continue;
    }
    // A hunk: from Context lines before this change to Context lines after
    // the last change that is within 2 * Context of the next.
    size_t Start = I >= Context ? I - Context : 0;
    size_t End = I;
    for (size_t J = I; J < Ops.size(); ++J) {
      if (Ops[J] != Op::Keep) {
        End = J + 1;
        continue;
      }
      if (J - End >= 2 * Context)
        break;
    }
    size_t Stop = std::min(Ops.size(), End + Context);
    size_t LenA = IA[Stop] - IA[Start], LenB = IB[Stop] - IB[Start];
    Out += llvm::formatv("@@ -{0},{1} +{2},{3} @@\n",
                         LenA ? IA[Start] + 1 : IA[Start], LenA,
                         LenB ? IB[Start] + 1 : IB[Start], LenB)
               .str();
    for (size_t J = Start; J < Stop; ++J) {
      if (Ops[J] == Op::Keep)
        addLine(Out, ' ', A[IA[J]]);
      else if (Ops[J] == Op::Remove)
        addLine(Out, '-', A[IA[J]]);
      else
        addLine(Out, '+', B[IB[J]]);
    }
    I = Stop;
  }
  return Out;
}

} // namespace transit::report
