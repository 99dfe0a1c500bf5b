//===- Formats.cpp - Text, SARIF, GitHub, rdjsonl and GitLab output -------===//
#include "transit/report/Report.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace transit::report {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace {

llvm::StringRef levelName(Level L) {
  return L == Level::Error ? "error" : "warning";
}

/// What every format except SARIF shows: findings that count, and accepted
/// carve-outs only when asked.
bool shown(const Finding &F) { return !F.InBaseline && !F.accepted(); }

/// For formats without related locations: the notes appended to the message.
std::string withNotes(const Finding &F, llvm::StringRef Root) {
  std::string Message = F.Message;
  for (const Note &N : F.Notes)
    Message += llvm::formatv("\nnote: {0}:{1}:{2}: {3}",
                             displayPath(N.Where.File, Root), N.Where.Line,
                             N.Where.Column, N.Message)
                   .str();
  return Message;
}

/// A failure in one line: why, and the first error.
std::string failureText(const Failure &E) {
  return E.Errors.empty() ? E.Reason
                          : E.Reason + ": " + E.Errors.front().Message;
}

std::string helpUri(const WriteOptions &O, llvm::StringRef Check) {
  if (O.DocsUrl.empty() || !ruleFor(Check))
    return "";
  return O.DocsUrl + Check.str() + ".md";
}

//===--- text -------------------------------------------------------------===//

void writeSnippet(llvm::raw_ostream &OS, Sources &S, const Position &P) {
  const SourceText *T = S.get(P.File);
  if (!T || P.Line == 0)
    return;
  llvm::StringRef Line = T->line(P.Line);
  OS << llvm::formatv("{0,5} | {1}\n", P.Line, Line);
  // The caret under the column; tabs stay tabs so that it lines up, and a
  // multi-byte character takes one column.
  std::string Pad;
  llvm::StringRef Before = Line.take_front(P.Column - 1);
  for (unsigned char C : Before)
    if (C == '\t')
      Pad += '\t';
    else if ((C & 0xC0) != 0x80)
      Pad += ' ';
  OS << "      | " << Pad << "^\n";
}

void writeDiag(llvm::raw_ostream &OS, Sources &S, const WriteOptions &O,
               const Position &P, llvm::StringRef Kind,
               llvm::StringRef Message) {
  OS << displayPath(P.File, O.DisplayBase);
  if (P.Line)
    OS << ":" << P.Line << ":" << P.Column;
  OS << ": " << Kind << ": " << Message << "\n";
  writeSnippet(OS, S, P);
}

//===--- SARIF ------------------------------------------------------------===//

/// Percent-encodes what may not appear in a URI path.
std::string uriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += llvm::formatv("%{0:X2}", unsigned(C)).str();
  }
  return Out;
}

Object artifactLocation(llvm::StringRef Root, llvm::StringRef File) {
  std::string Relative = displayPath(File, Root);
  if (Relative != File)
    return Object{{"uri", uriPath(Relative)}, {"uriBaseId", "%SRCROOT%"}};
  return Object{{"uri", "file://" + uriPath(File)}};
}

Object region(Sources &S, const Position &P) {
  Object Region{{"startLine", P.Line ? P.Line : 1}};
  if (const SourceText *T = S.get(P.File))
    Region["startColumn"] = T->codePointColumn(P.Offset);
  return Region;
}

Object physicalLocation(const Run &R, Sources &S, const Position &P) {
  return sarifPhysicalLocation(R.Root, S, P);
}

Object spanRegion(Sources &S, const Edit &E) {
  const SourceText *T = S.get(E.File);
  if (!T)
    return Object{{"charOffset", E.Offset}, {"charLength", E.Length}};
  unsigned End = E.Offset + E.Length;
  return Object{{"startLine", T->lineColumn(E.Offset).first},
                {"startColumn", T->codePointColumn(E.Offset)},
                {"endLine", T->lineColumn(End).first},
                {"endColumn", T->codePointColumn(End)}};
}

Object ruleObject(const Rule &Ru, const WriteOptions &O) {
  Array Tags{"security"};
  llvm::SmallVector<llvm::StringRef, 2> CWEs;
  Ru.CWE.split(CWEs, ',');
  for (llvm::StringRef C : CWEs)
    Tags.push_back("external/cwe/" + C.lower());
  Object Rule{
      {"id", Ru.Name},
      {"shortDescription", Object{{"text", Ru.Summary}}},
      {"fullDescription", Object{{"text", ruleDescription(Ru)}}},
      {"defaultConfiguration", Object{{"level", "warning"}}},
      {"properties", Object{{"tags", std::move(Tags)},
                            {"precision", "high"},
                            {"problem.severity", "warning"},
                            {"security-severity", Ru.SecuritySeverity}}}};
  std::string Uri = helpUri(O, Ru.Name);
  if (!Uri.empty())
    Rule["helpUri"] = Uri;
  if (!Ru.Markdown.empty())
    Rule["help"] =
        Object{{"text", ruleDescription(Ru)}, {"markdown", Ru.Markdown}};
  return Rule;
}

//===--- GitHub -----------------------------------------------------------===//

std::string escapeData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

std::string escapeProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : escapeData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

//===--- rdjsonl ----------------------------------------------------------===//

Object rdPosition(unsigned Line, unsigned Column) {
  return Object{{"line", Line}, {"column", Column}};
}

} // namespace

void writeText(llvm::raw_ostream &OS, const Run &R, Sources &S,
               const WriteOptions &O) {
  for (const Failure &E : R.Failures) {
    OS << displayPath(E.File, O.DisplayBase) << ": error: " << E.Reason
       << " [transit-tidy]\n";
    for (const Note &N : E.Errors)
      writeDiag(OS, S, O, N.Where, "error", N.Message);
  }
  for (const Finding &F : R.Findings) {
    if (F.InBaseline || (F.accepted() && !O.ShowCarveOuts))
      continue;
    if (F.accepted()) {
      writeDiag(OS, S, O, F.Where, "remark",
                "carve-out accepted: " + F.Message + " [" + F.Check + "]");
      writeDiag(OS, S, O, F.CarveOutAt, "note", "carve-out: " + *F.CarveOut);
      continue;
    }
    writeDiag(OS, S, O, F.Where, levelName(F.Severity),
              F.Message + " [" + F.Check + "]");
    for (const Note &N : F.Notes)
      writeDiag(OS, S, O, N.Where, "note", N.Message);
  }
}

void writeSarif(llvm::raw_ostream &OS, const Run &R, Sources &S,
                const WriteOptions &O) {
  Array Rules;
  llvm::StringMap<unsigned> RuleIndex;
  for (const Rule &Ru : rules()) {
    RuleIndex[Ru.Name] = Rules.size();
    Rules.push_back(ruleObject(Ru, O));
  }
  for (const Finding &F : R.Findings) // e.g. clang-tidy-nolint
    if (RuleIndex.try_emplace(F.Check, Rules.size()).second)
      Rules.push_back(Object{
          {"id", F.Check},
          {"shortDescription", Object{{"text", "clang-tidy: " + F.Check}}}});

  Array Results;
  for (const Finding &F : R.Findings) {
    Object Result{
        {"ruleId", F.Check},
        {"ruleIndex", RuleIndex[F.Check]},
        {"level", levelName(F.Severity)},
        {"message", Object{{"text", F.Message}}},
        {"locations",
         Array{Object{{"physicalLocation", physicalLocation(R, S, F.Where)}}}},
        {"partialFingerprints",
         Object{{"transitFingerprint/v1", F.Fingerprint}}}};
    Array Related;
    for (const Note &N : F.Notes)
      Related.push_back(
          Object{{"id", Related.size() + 1},
                 {"message", Object{{"text", N.Message}}},
                 {"physicalLocation", physicalLocation(R, S, N.Where)}});
    if (F.accepted()) {
      Related.push_back(
          Object{{"id", Related.size() + 1},
                 {"message", Object{{"text", "carve-out: " + *F.CarveOut}}},
                 {"physicalLocation", physicalLocation(R, S, F.CarveOutAt)}});
      Result["suppressions"] = Array{
          Object{{"kind", "inSource"},
                 {"justification", *F.CarveOut},
                 {"location", Object{{"physicalLocation",
                                      physicalLocation(R, S, F.CarveOutAt)}}}}};
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    if (const std::vector<Edit> *Fix = F.fix()) {
      // One artifactChange per file, its replacements in order.
      std::vector<std::string> Files;
      for (const Edit &E : *Fix)
        if (llvm::find(Files, E.File) == Files.end())
          Files.push_back(E.File);
      Array Changes;
      for (const std::string &File : Files) {
        Array Replacements;
        for (const Edit &E : *Fix)
          if (E.File == File)
            Replacements.push_back(
                Object{{"deletedRegion", spanRegion(S, E)},
                       {"insertedContent", Object{{"text", E.Text}}}});
        Changes.push_back(
            Object{{"artifactLocation", artifactLocation(R.Root, File)},
                   {"replacements", std::move(Replacements)}});
      }
      Result["fixes"] =
          Array{Object{{"description", Object{{"text", "transit-tidy fix-it"}}},
                       {"artifactChanges", std::move(Changes)}}};
    }
    if (R.BaselineUsed && !F.accepted())
      Result["baselineState"] = F.InBaseline ? "unchanged" : "new";
    Results.push_back(std::move(Result));
  }

  Array Notifications;
  for (const Failure &E : R.Failures) {
    std::string Text = failureText(E);
    Object N{
        {"level", "error"},
        {"message", Object{{"text", Text}}},
        {"descriptor", Object{{"id", "transit-tidy/incomplete-analysis"}}}};
    Position Where =
        E.Errors.empty() ? Position{E.File} : E.Errors.front().Where;
    N["locations"] =
        Array{Object{{"physicalLocation", physicalLocation(R, S, Where)}}};
    Notifications.push_back(std::move(N));
  }

  Array Configuration;
  for (const std::string &Problem : R.ConfigurationProblems)
    Configuration.push_back(
        Object{{"level", "warning"},
               {"message", Object{{"text", Problem}}},
               {"descriptor", Object{{"id", "clang-tidy-config"}}}});

  Object Driver{{"name", "transit-tidy"},
                {"version", O.ToolVersion},
                {"semanticVersion", O.ToolVersion},
                {"rules", std::move(Rules)}};
  if (!O.DocsUrl.empty())
    Driver["informationUri"] = O.DocsUrl;
  Object RunObject{{"tool", Object{{"driver", std::move(Driver)}}},
                   {"results", std::move(Results)}};
  Object Invocation{{"executionSuccessful", R.Failures.empty()},
                    {"toolExecutionNotifications", std::move(Notifications)}};
  if (!Configuration.empty())
    Invocation["toolConfigurationNotifications"] = std::move(Configuration);
  RunObject["invocations"] = Array{std::move(Invocation)};
  addSarifRunBase(RunObject, R.Root);
  Value Log =
      Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Array{std::move(RunObject)}}};
  OS << llvm::formatv("{0:2}", Log) << "\n";
}

Object sarifPhysicalLocation(llvm::StringRef Root, Sources &S,
                             const Position &P) {
  return Object{{"artifactLocation", artifactLocation(Root, P.File)},
                {"region", region(S, P)}};
}

void addSarifRunBase(Object &Run, llvm::StringRef Root) {
  std::string Base = Root.str();
  if (!llvm::StringRef(Base).ends_with("/"))
    Base += '/';
  Run["originalUriBaseIds"] =
      Object{{"%SRCROOT%", Object{{"uri", "file://" + uriPath(Base)}}}};
  Run["columnKind"] = "unicodeCodePoints";
}

void writeGitHub(llvm::raw_ostream &OS, const Run &R) {
  for (const Failure &E : R.Failures) {
    OS << "::error file=" << escapeProperty(displayPath(E.File, R.Root));
    if (!E.Errors.empty() && E.Errors.front().Where.Line)
      OS << ",line=" << E.Errors.front().Where.Line;
    std::string Text = failureText(E);
    OS << ",title=transit-tidy::" << escapeData(Text) << "\n";
  }
  for (const Finding &F : R.Findings) {
    if (!shown(F))
      continue;
    std::string Message = withNotes(F, R.Root);
    OS << "::" << (F.Severity == Level::Error ? "error" : "warning")
       << " file=" << escapeProperty(displayPath(F.Where.File, R.Root))
       << ",line=" << F.Where.Line << ",col=" << F.Where.Column
       << ",title=" << escapeProperty(F.Check) << "::" << escapeData(Message)
       << "\n";
  }
}

void writeRdjsonl(llvm::raw_ostream &OS, const Run &R, Sources &S,
                  const WriteOptions &O) {
  for (const Finding &F : R.Findings) {
    if (!shown(F))
      continue;
    std::string Message = withNotes(F, R.Root);
    Object Code{{"value", F.Check}};
    std::string Uri = helpUri(O, F.Check);
    if (!Uri.empty())
      Code["url"] = Uri;
    Object D{{"message", Message},
             {"location",
              Object{{"path", displayPath(F.Where.File, R.Root)},
                     {"range", Object{{"start", rdPosition(F.Where.Line,
                                                           F.Where.Column)}}}}},
             {"severity", F.Severity == Level::Error ? "ERROR" : "WARNING"},
             {"source", Object{{"name", "transit-tidy"}}},
             {"code", std::move(Code)}};
    // A suggestion edits the diagnostic's own file: only a fix that stays
    // in that file can be offered.
    if (const std::vector<Edit> *Fix = F.fix()) {
      const SourceText *T = S.get(F.Where.File);
      bool SameFile = T && llvm::all_of(*Fix, [&](const Edit &E) {
                        return E.File == F.Where.File;
                      });
      if (SameFile) {
        Array Suggestions;
        for (const Edit &E : *Fix) {
          auto [L1, C1] = T->lineColumn(E.Offset);
          auto [L2, C2] = T->lineColumn(E.Offset + E.Length);
          Suggestions.push_back(
              Object{{"range", Object{{"start", rdPosition(L1, C1)},
                                      {"end", rdPosition(L2, C2)}}},
                     {"text", E.Text}});
        }
        D["suggestions"] = std::move(Suggestions);
      }
    }
    OS << Value(std::move(D)) << "\n";
  }
}

void writeGitLab(llvm::raw_ostream &OS, const Run &R) {
  Array Issues;
  for (const Finding &F : R.Findings) {
    if (!shown(F))
      continue;
    Issues.push_back(Object{
        {"type", "issue"},
        {"check_name", F.Check},
        {"description", F.Message},
        {"categories", Array{"Security"}},
        {"severity", F.Severity == Level::Error ? "critical" : "major"},
        {"fingerprint", F.Fingerprint},
        {"engine_name", "transit-tidy"},
        {"location", Object{{"path", displayPath(F.Where.File, R.Root)},
                            {"lines", Object{{"begin", F.Where.Line}}}}}});
  }
  OS << llvm::formatv("{0:2}", Value(std::move(Issues))) << "\n";
}

} // namespace transit::report
