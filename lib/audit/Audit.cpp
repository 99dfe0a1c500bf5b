//===- Audit.cpp - The carve-out inventory --------------------------------===//
#include "transit/audit/Audit.h"
#include "Format.h"

#include "transit/CarveOut.h"
#include "transit/CommentSyntax.h"
#include "transit/Reporting.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <ctime>
#include <map>
#include <tuple>

namespace transit::audit {
namespace {

using Key = std::pair<std::string, unsigned>; // file, marker offset

/// The carve-out whose marker is at \p Offset among the comment blocks of a
/// C or C++ file, as the grammar reads it.
std::optional<CarveOut> carveOutAt(llvm::ArrayRef<TextComment> Comments,
                                   unsigned Offset, llvm::StringRef Marker) {
  for (const TextComment &C : Comments)
    if (C.Begin <= Offset && Offset < C.End) {
      CarveOut Parsed = parseCarveOut(C.Text, Marker);
      if (Parsed.K != CarveOut::Kind::Absent)
        return Parsed;
    }
  return std::nullopt;
}

Entry &entryAt(std::map<Key, Entry> &Map, const report::Position &At) {
  auto [It, New] = Map.try_emplace(Key{At.File, At.Offset});
  if (New)
    It->second.At = At;
  return It->second;
}

/// The day of a time (UTC), "" when not known.
std::string day(int64_t Time) {
  if (!Time)
    return "";
  time_t T = static_cast<time_t>(Time);
  char Buf[16];
  std::strftime(Buf, sizeof Buf, "%Y-%m-%d", std::gmtime(&T));
  return Buf;
}

std::string siteChecks(const Entry &E, llvm::StringRef Sep) {
  std::vector<std::string> Names;
  for (const GuardedSite &G : E.Sites)
    if (!llvm::is_contained(Names, G.Check))
      Names.push_back(G.Check);
  return llvm::join(Names, Sep);
}

std::string siteApis(const Entry &E, llvm::StringRef Sep) {
  std::vector<std::string> Names;
  for (const GuardedSite &G : E.Sites)
    if (!G.Api.empty() && !llvm::is_contained(Names, G.Api))
      Names.push_back(G.Api);
  return llvm::join(Names, Sep);
}

std::string statusText(const Entry &E) {
  return (statusName(E.S) +
          (E.S == Status::Valid && !E.Judged ? " (not judged)" : ""))
      .str();
}

/// Every status, in the order the counts are shown.
constexpr Status AllStatuses[] = {Status::Valid, Status::Malformed,
                                  Status::Stale, Status::External,
                                  Status::Refused};

size_t countOf(const Inventory &I, Status S) {
  return llvm::count_if(I.Entries, [&](const Entry &E) { return E.S == S; });
}

/// The carve-outs that state one perimeter guarantee (the same words, case
/// and spacing aside), with their statuses: what a network change touches.
struct Perimeter {
  std::string Guarantee; ///< as the first of them writes it
  unsigned Total = 0;
  std::map<Status, unsigned> ByStatus;
  /// "2 valid, 1 stale"
  std::string statuses() const {
    std::vector<std::string> Parts;
    for (Status S : AllStatuses)
      if (auto It = ByStatus.find(S); It != ByStatus.end())
        Parts.push_back(std::to_string(It->second) + " " + statusName(S).str());
    return llvm::join(Parts, ", ");
  }
};

std::vector<Perimeter> perimetersOf(const Inventory &I) {
  std::map<std::string, Perimeter> ByKey;
  for (const Entry &E : I.Entries) {
    if (E.Guarantee.empty())
      continue; // malformed: no guarantee to count
    llvm::SmallVector<llvm::StringRef, 8> Words;
    llvm::StringRef(E.Guarantee).split(Words, ' ', -1, /*KeepEmpty=*/false);
    Perimeter &P = ByKey[llvm::StringRef(llvm::join(Words, " ")).lower()];
    if (P.Guarantee.empty())
      P.Guarantee = E.Guarantee;
    ++P.Total;
    ++P.ByStatus[E.S];
  }
  // Most first; among equals, the folded guarantee's order (the map's).
  std::vector<std::pair<std::string, Perimeter>> Sorted(ByKey.begin(),
                                                        ByKey.end());
  llvm::sort(Sorted, [](const auto &A, const auto &B) {
    return std::make_pair(-int64_t(A.second.Total), A.first) <
           std::make_pair(-int64_t(B.second.Total), B.first);
  });
  std::vector<Perimeter> Out;
  for (auto &[Key, P] : Sorted)
    Out.push_back(std::move(P));
  return Out;
}

} // namespace

llvm::StringRef statusName(Status S) {
  switch (S) {
  case Status::Valid:
    return "valid";
  case Status::Malformed:
    return "malformed";
  case Status::Stale:
    return "stale";
  case Status::External:
    return "external";
  case Status::Refused:
    return "refused-authentication";
  }
  return "valid";
}

Inventory fromRun(const report::Run &R, report::Sources &S,
                  llvm::StringRef Marker) {
  Inventory I;
  I.Root = R.Root;
  I.Failures = R.Failures;
  I.UnitsAnalysed = R.FilesAnalysed;
  std::map<Key, Entry> Map;

  for (const report::Finding &F : R.Findings) {
    if (F.accepted()) {
      Entry &E = entryAt(Map, F.CarveOutAt);
      E.S = Status::Valid;
      E.Judged = true;
      E.Sites.push_back({F.Check, firstQuoted(F.Message), F.Message, F.Where});
      continue;
    }
    if (F.Check != "transit-carve-out")
      continue;
    llvm::StringRef M = F.Message;
    Status St;
    if (M.starts_with(MalformedCarveOutPrefix))
      St = Status::Malformed;
    else if (M.starts_with(StaleCarveOutPrefix))
      St = Status::Stale;
    else if (M.starts_with(ExternalCarveOutPrefix))
      St = Status::External;
    else if (M.starts_with(RefusedCarveOutPrefix))
      St = Status::Refused;
    else
      continue; // a NOLINT finding: not a carve-out
    Entry &E = entryAt(Map, F.Where);
    E.S = St;
    E.Judged = St != Status::Malformed;
    E.Detail = F.Message;
    if (St == Status::Malformed) {
      llvm::StringRef Problem = M.drop_front(MalformedCarveOutPrefix.size());
      E.Detail = Problem.take_until([](char C) { return C == ';'; }).str();
    }
    if (St == Status::External) {
      llvm::StringRef Host = M.drop_front(ExternalCarveOutPrefix.size());
      E.Destination = Host.take_until([](char C) { return C == '\''; }).str();
    }
  }
  for (const report::Finding &K : R.KeptCarveOuts) {
    Entry &E = entryAt(Map, K.Where);
    if (E.Sites.empty() && E.Detail.empty()) {
      E.S = Status::Valid;
      E.Judged = false;
      E.Detail = "next to a site no check could judge (an endpoint from "
                 "configuration, a handle set up elsewhere)";
    }
  }
  // Guarantee and justification as written: each file's comments are read
  // once (the map is ordered by file).
  llvm::StringRef CommentsOf;
  std::vector<TextComment> Comments;
  for (auto &[K, E] : Map) {
    E.Syntax = cxxCommentSyntax().Name.str();
    if (K.first != CommentsOf) {
      CommentsOf = K.first;
      const report::SourceText *T = S.get(K.first);
      Comments = T ? findComments(T->Content, cxxCommentSyntax())
                   : std::vector<TextComment>();
    }
    if (auto Parsed = carveOutAt(Comments, K.second, Marker)) {
      E.Guarantee = Parsed->Guarantee;
      E.Justification = Parsed->Justification;
    }
    I.Entries.push_back(std::move(E));
  }
  return I;
}

bool scanFile(Inventory &I, llvm::StringRef Path, llvm::StringRef Text,
              llvm::StringRef Marker, llvm::StringRef NotJudged) {
  const CommentSyntax *Syntax = commentSyntaxFor(Path);
  if (!Syntax)
    return false;
  // What the checks already reported in this file, asked only of the rare
  // file that has a carve-out.
  std::optional<std::vector<unsigned>> Known;
  for (const TextComment &C : findComments(Text, *Syntax)) {
    CarveOut Parsed = parseCarveOut(C.Text, Marker);
    if (Parsed.K == CarveOut::Kind::Absent)
      continue;
    unsigned Offset = static_cast<unsigned>(C.Begin + Parsed.MarkerOffset);
    if (!Known) {
      Known.emplace();
      for (const Entry &E : I.Entries)
        if (E.At.File == Path)
          Known->push_back(E.At.Offset);
    }
    if (llvm::is_contained(*Known, Offset))
      continue; // the checks judged it
    Entry E;
    E.At = report::Position{Path.str(), Offset};
    E.Syntax = Syntax->Name.str();
    E.Judged = false;
    if (Parsed.isMalformed()) {
      E.S = Status::Malformed;
      E.Detail = Parsed.describeProblem(Marker);
    } else {
      E.S = Status::Valid;
      E.Guarantee = Parsed.Guarantee;
      E.Justification = Parsed.Justification;
      E.Detail = NotJudged.str();
    }
    I.Entries.push_back(std::move(E));
  }
  return true;
}

void finish(Inventory &I, report::Sources &S) {
  llvm::sort(I.Entries, [](const Entry &A, const Entry &B) {
    return std::tie(A.At.File, A.At.Offset) < std::tie(B.At.File, B.At.Offset);
  });
  for (Entry &E : I.Entries) {
    if (const report::SourceText *T = S.get(E.At.File))
      std::tie(E.At.Line, E.At.Column) = T->lineColumn(E.At.Offset);
    for (GuardedSite &G : E.Sites)
      if (const report::SourceText *T = S.get(G.Where.File))
        std::tie(G.Where.Line, G.Where.Column) = T->lineColumn(G.Where.Offset);
  }
}

void applyBlame(Inventory &I, llvm::StringRef File, llvm::StringRef Porcelain) {
  struct Line {
    std::string Commit, Author;
    int64_t Time = 0;
  };
  std::map<unsigned, Line> Lines;
  Line Current;
  unsigned Final = 0;
  llvm::SmallVector<llvm::StringRef, 0> All;
  Porcelain.split(All, '\n');
  for (llvm::StringRef L : All) {
    if (L.starts_with("\t")) { // the line's text ends its record
      Lines[Final] = Current;
      continue;
    }
    llvm::StringRef Word = L.take_until([](char C) { return C == ' '; });
    if (Word.size() == 40 && llvm::all_of(Word, [](char C) {
          return llvm::hexDigitValue(C) != -1U;
        })) {
      llvm::SmallVector<llvm::StringRef, 4> Fields;
      L.split(Fields, ' ');
      Current.Commit = Word.str();
      if (Fields.size() >= 3)
        Fields[2].getAsInteger(10, Final);
    } else if (L.consume_front("author ")) {
      Current.Author = L.str();
    } else if (L.consume_front("author-time ")) {
      L.getAsInteger(10, Current.Time);
    }
  }
  for (Entry &E : I.Entries) {
    if (E.At.File != File)
      continue;
    auto It = Lines.find(E.At.Line);
    if (It == Lines.end())
      continue;
    E.Commit = It->second.Commit;
    E.Author = It->second.Author;
    E.AuthorTime = It->second.Time;
  }
}

void filter(Inventory &I, const Filters &F) {
  llvm::erase_if(I.Entries, [&](const Entry &E) {
    if (F.Perimeter && !F.Perimeter->match(E.Guarantee))
      return true;
    if (F.Since &&
        !F.Since->contains(report::displayPath(E.At.File, I.Root), E.At.Line))
      return true;
    if (F.ChangedBefore && E.AuthorTime && E.AuthorTime >= F.ChangedBefore)
      return true;
    return false;
  });
}

void writeTable(const Inventory &I, llvm::raw_ostream &OS) {
  std::map<std::string, unsigned> ByStatus;
  for (const Entry &E : I.Entries) {
    ++ByStatus[statusName(E.S).str()];
    OS << llvm::formatv(
        "{0}:{1}:{2}: {3}{4}", report::displayPath(E.At.File, I.Root),
        E.At.Line, E.At.Column, statusName(E.S),
        E.Judged || E.S != Status::Valid ? "" : " (not judged)");
    if (!E.Sites.empty()) {
      OS << " [";
      for (size_t J = 0; J < E.Sites.size(); ++J) {
        OS << (J ? ", " : "") << E.Sites[J].Check;
        if (!E.Sites[J].Api.empty())
          OS << " " << E.Sites[J].Api;
      }
      OS << "]";
    }
    OS << "\n";
    if (!E.Guarantee.empty())
      OS << "    guarantee:     " << E.Guarantee << "\n"
         << "    justification: " << E.Justification << "\n";
    if (!E.Detail.empty() && E.S != Status::Valid)
      OS << "    " << E.Detail << "\n";
    else if (!E.Judged && !E.Detail.empty())
      OS << "    " << E.Detail << "\n";
    if (!E.Commit.empty()) {
      std::string Date = E.AuthorTime ? day(E.AuthorTime) : "not committed";
      OS << "    last changed:  " << Date << " by " << E.Author << " ("
         << llvm::StringRef(E.Commit).take_front(12) << ")\n";
    }
  }
  OS << llvm::formatv("{0} carve-out{1}", I.Entries.size(),
                      I.Entries.size() == 1 ? "" : "s");
  for (const auto &[Name, N] : ByStatus)
    OS << ", " << N << " " << Name;
  OS << llvm::formatv(" ({0} unit{1} analysed, {2} other file{3} read)\n",
                      I.UnitsAnalysed, I.UnitsAnalysed == 1 ? "" : "s",
                      I.TextFilesScanned, I.TextFilesScanned == 1 ? "" : "s");
  std::vector<Perimeter> Perimeters = perimetersOf(I);
  if (!Perimeters.empty())
    OS << "by perimeter:\n";
  for (const Perimeter &P : Perimeters)
    OS << llvm::formatv("  {0,3}  {1} ({2})\n", P.Total, P.Guarantee,
                        P.statuses());
}

void writeJson(const Inventory &I, llvm::raw_ostream &OS) {
  llvm::json::Array Entries;
  for (const Entry &E : I.Entries) {
    llvm::json::Array Sites;
    for (const GuardedSite &G : E.Sites)
      Sites.push_back(llvm::json::Object{
          {"check", G.Check},
          {"api", G.Api},
          {"file", report::displayPath(G.Where.File, I.Root)},
          {"line", G.Where.Line},
          {"message", G.Message}});
    llvm::json::Object O{
        {"file", report::displayPath(E.At.File, I.Root)},
        {"line", E.At.Line},
        {"column", E.At.Column},
        {"status", statusName(E.S)},
        {"judged", E.Judged},
        {"syntax", E.Syntax},
        {"guarantee", E.Guarantee},
        {"justification", E.Justification},
        {"detail", E.Detail},
        {"sites", std::move(Sites)},
    };
    if (!E.Destination.empty())
      O["destination"] = E.Destination;
    if (!E.Commit.empty()) {
      O["author"] = E.Author;
      O["commit"] = E.Commit;
      O["authorTime"] = E.AuthorTime;
    }
    Entries.push_back(std::move(O));
  }
  llvm::json::Object Counts;
  for (Status S : AllStatuses)
    Counts[statusName(S)] = static_cast<int64_t>(countOf(I, S));
  llvm::json::Array Perimeters;
  for (const Perimeter &P : perimetersOf(I)) {
    llvm::json::Object ByStatus;
    for (const auto &[S, N] : P.ByStatus)
      ByStatus[statusName(S)] = N;
    Perimeters.push_back(llvm::json::Object{{"guarantee", P.Guarantee},
                                            {"carveOuts", P.Total},
                                            {"counts", std::move(ByStatus)}});
  }
  llvm::json::Object Top{{"version", 1},
                         {"tool", "transit-audit"},
                         {"counts", std::move(Counts)},
                         {"perimeters", std::move(Perimeters)},
                         {"unitsAnalysed", I.UnitsAnalysed},
                         {"otherFilesRead", I.TextFilesScanned},
                         {"carveOuts", std::move(Entries)}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Top))) << "\n";
}

void writeMarkdown(const Inventory &I, llvm::raw_ostream &OS) {
  auto Cell = markdownCell;
  OS << "# ZFN-3 carve-outs\n\n| status | carve-outs |\n| --- | --- |\n";
  for (Status S : AllStatuses)
    OS << "| " << statusName(S) << " | " << countOf(I, S) << " |\n";
  OS << "\n"
     << I.UnitsAnalysed << " C/C++ unit" << (I.UnitsAnalysed == 1 ? "" : "s")
     << " analysed, " << I.TextFilesScanned << " other file"
     << (I.TextFilesScanned == 1 ? "" : "s") << " read.\n\n";
  std::vector<Perimeter> Perimeters = perimetersOf(I);
  if (!Perimeters.empty())
    OS << "| perimeter | carve-outs | statuses |\n| --- | ---: | --- |\n";
  for (const Perimeter &P : Perimeters)
    OS << "| " << Cell(P.Guarantee) << " | " << P.Total << " | " << P.statuses()
       << " |\n";
  if (!Perimeters.empty())
    OS << "\n";
  OS << "| where | status | guards | guarantee | justification | last changed "
        "| note |\n| --- | --- | --- | --- | --- | --- | --- |\n";
  for (const Entry &E : I.Entries) {
    std::string Guards = siteChecks(E, ", ");
    std::string Apis = siteApis(E, ", ");
    if (!Apis.empty())
      Guards += " (" + Apis + ")";
    std::string Changed =
        E.Commit.empty() ? "" : day(E.AuthorTime) + ", " + E.Author;
    std::string Note = E.S == Status::Valid && E.Judged ? "" : E.Detail;
    OS << "| `" << report::displayPath(E.At.File, I.Root) << ":" << E.At.Line
       << "` | " << statusText(E) << " | " << Cell(Guards) << " | "
       << Cell(E.Guarantee) << " | " << Cell(E.Justification) << " | "
       << Cell(Changed) << " | " << Cell(Note) << " |\n";
  }
}

void writeCsv(const Inventory &I, llvm::raw_ostream &OS) {
  OS << "file,line,column,status,judged,syntax,checks,apis,guarantee,"
        "justification,destination,detail,last_changed,author,commit\r\n";
  for (const Entry &E : I.Entries) {
    OS << csvRow({report::displayPath(E.At.File, I.Root),
                  std::to_string(E.At.Line), std::to_string(E.At.Column),
                  statusName(E.S).str(), E.Judged ? "true" : "false", E.Syntax,
                  siteChecks(E, ";"), siteApis(E, ";"), E.Guarantee,
                  E.Justification, E.Destination, E.Detail, day(E.AuthorTime),
                  E.Author, E.Commit});
  }
}

void writeSarif(const Inventory &I, report::Sources &S, llvm::raw_ostream &OS,
                llvm::StringRef Version) {
  static constexpr std::pair<Status, llvm::StringLiteral> Rules[] = {
      {Status::Valid, "a well-formed carve-out: accepted at its sites, or "
                      "not judged where no check can see the site"},
      {Status::Malformed, "looks like a carve-out but breaks the grammar: it "
                          "excuses nothing"},
      {Status::Stale, "guards no insecure site: remove it or move it to its "
                      "site"},
      {Status::External, "on traffic to an external destination, which is "
                         "never carved out"},
      {Status::Refused, "on authentication or weak TLS, which are never "
                        "carved out"},
  };
  llvm::json::Array RuleList;
  for (const auto &[S, Text] : Rules)
    RuleList.push_back(llvm::json::Object{
        {"id", ("carve-out/" + statusName(S)).str()},
        {"shortDescription", llvm::json::Object{{"text", Text}}},
        {"defaultConfiguration",
         llvm::json::Object{
             {"level", S == Status::Valid ? "none" : "error"}}}});
  llvm::json::Array Results;
  for (const Entry &E : I.Entries) {
    std::string Text = statusText(E);
    if (!E.Guarantee.empty())
      Text += ": " + E.Guarantee + "; " + E.Justification;
    if (E.S != Status::Valid || !E.Judged)
      if (!E.Detail.empty())
        Text += " (" + E.Detail + ")";
    llvm::json::Object Props{{"status", statusName(E.S)},
                             {"judged", E.Judged},
                             {"syntax", E.Syntax},
                             {"guarantee", E.Guarantee},
                             {"justification", E.Justification},
                             {"checks", siteChecks(E, ",")}};
    if (!E.Destination.empty())
      Props["destination"] = E.Destination;
    if (!E.Commit.empty()) {
      Props["author"] = E.Author;
      Props["commit"] = E.Commit;
      Props["lastChanged"] = day(E.AuthorTime);
    }
    bool Pass = E.S == Status::Valid;
    Results.push_back(llvm::json::Object{
        {"ruleId", ("carve-out/" + statusName(E.S)).str()},
        {"kind", Pass ? "pass" : "fail"},
        {"level", Pass ? "none" : "error"},
        {"message", llvm::json::Object{{"text", Text}}},
        {"locations", llvm::json::Array{llvm::json::Object{
                          {"physicalLocation",
                           report::sarifPhysicalLocation(I.Root, S, E.At)}}}},
        {"properties", std::move(Props)}});
  }
  llvm::json::Object Run{
      {"tool",
       llvm::json::Object{
           {"driver",
            llvm::json::Object{{"name", "transit-audit"},
                               {"version", Version},
                               {"informationUri",
                                "https://github.com/transit-tidy/transit-tidy"},
                               {"rules", std::move(RuleList)}}}}},
      {"results", std::move(Results)}};
  report::addSarifRunBase(Run, I.Root);
  llvm::json::Object Log{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", llvm::json::Array{std::move(Run)}}};
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Log))) << "\n";
}

} // namespace transit::audit
