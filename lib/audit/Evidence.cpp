//===- Evidence.cpp - Encryption-in-transit evidence ----------------------===//
#include "transit/audit/Evidence.h"
#include "Format.h"

#include "transit/Reporting.h"
#include "transit/report/Baseline.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

#include <map>
#include <set>
#include <tuple>

namespace transit::audit {
namespace {

constexpr Protection AllProtections[] = {
    Protection::Encrypted,  Protection::CarvedOut, Protection::NotJudged,
    Protection::Unverified, Protection::WeakTls,   Protection::Plaintext};

/// The family of a check's sites.
llvm::StringRef familyOf(llvm::StringRef Check) {
  return llvm::StringSwitch<llvm::StringRef>(Check)
      .Case("transit-insecure-grpc", "grpc")
      .Case("transit-plaintext-http", "http")
      .Case("transit-plaintext-database", "database")
      .Case("transit-plaintext-messaging", "messaging")
      .Case("transit-plaintext-socket", "socket")
      .Case("transit-unverified-peer", "tls")
      .Case("transit-weak-tls", "tls")
      .Default("");
}

/// The service a file belongs to: the first \p Depth directories of its path
/// under the root ("." for a file at the root; the whole path outside it).
std::string serviceOf(llvm::StringRef Relative, unsigned Depth) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Relative);
  if (Dir.empty())
    return ".";
  if (llvm::sys::path::is_absolute(Dir))
    return Dir.str();
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Dir.split(Parts, '/');
  if (Parts.size() > Depth)
    Parts.resize(Depth);
  return llvm::join(Parts, "/");
}

using Counts = std::map<Protection, unsigned>;

/// Counts per service and family, and the totals.
struct Tally {
  std::map<std::pair<std::string, std::string>, Counts> ByGroup;
  Counts Total;
  explicit Tally(const Evidence &E) {
    for (const Connection &C : E.Sites) {
      ++ByGroup[{C.Service, C.Family}][C.P];
      ++Total[C.P];
    }
  }
};

unsigned countIn(const Counts &C, Protection P) {
  auto It = C.find(P);
  return It == C.end() ? 0 : It->second;
}

std::string where(const Evidence &E, const Connection &C) {
  return llvm::formatv("{0}:{1}:{2}", report::displayPath(C.Where.File, E.Root),
                       C.Where.Line, C.Where.Column)
      .str();
}

/// Where a change is: the site now, or (removed) where the earlier
/// inventory had it, which carries no column.
std::string changeWhere(const Evidence &E, const Change &C) {
  if (C.New)
    return where(E, *C.New);
  return C.Old->Where.File + ":" + std::to_string(C.Old->Where.Line);
}

/// "plaintext -> encrypted", "added (plaintext)", "removed (encrypted)".
std::string changeText(const Change &C) {
  if (!C.Old)
    return ("added (" + protectionName(C.New->P) + ")").str();
  if (!C.New)
    return ("removed (" + protectionName(C.Old->P) + ")").str();
  return (protectionName(C.Old->P) + " -> " + protectionName(C.New->P)).str();
}

} // namespace

llvm::StringRef protectionName(Protection P) {
  switch (P) {
  case Protection::Encrypted:
    return "encrypted";
  case Protection::CarvedOut:
    return "carved-out";
  case Protection::NotJudged:
    return "not-judged";
  case Protection::Unverified:
    return "unverified";
  case Protection::WeakTls:
    return "weak-tls";
  case Protection::Plaintext:
    return "plaintext";
  }
  llvm_unreachable("unknown protection");
}

std::optional<Protection> protectionNamed(llvm::StringRef Name) {
  for (Protection P : AllProtections)
    if (protectionName(P) == Name)
      return P;
  return std::nullopt;
}

bool isViolation(Protection P) {
  return P == Protection::Plaintext || P == Protection::Unverified ||
         P == Protection::WeakTls;
}

Evidence evidenceFromRun(const report::Run &R, report::Sources &S,
                         unsigned ServiceDepth) {
  Evidence E;
  E.Root = R.Root;
  E.Failures = R.Failures;
  E.UnitsAnalysed = R.FilesAnalysed;
  auto Add = [&](const report::Finding &F, Protection P, std::string Api,
                 std::string Detail) {
    llvm::StringRef Family = familyOf(F.Check);
    if (Family.empty())
      return; // transit-carve-out's findings are the carve-out inventory's
    Connection C;
    C.Where = F.Where;
    C.Service =
        serviceOf(report::displayPath(F.Where.File, R.Root), ServiceDepth);
    C.Family = Family.str();
    C.Check = F.Check;
    C.Api = std::move(Api);
    C.P = P;
    C.Detail = std::move(Detail);
    E.Sites.push_back(std::move(C));
  };
  std::set<std::pair<std::string, unsigned>> Found;
  for (const report::Finding &F : R.Findings) {
    Protection P = F.accepted() ? Protection::CarvedOut
                   : F.Check == "transit-unverified-peer"
                       ? Protection::Unverified
                   : F.Check == "transit-weak-tls" ? Protection::WeakTls
                                                   : Protection::Plaintext;
    if (familyOf(F.Check).empty())
      continue;
    Found.insert({F.Where.File, F.Where.Offset});
    Add(F, P, firstQuoted(F.Message),
        F.accepted() ? "carve-out: " + *F.CarveOut : F.Message);
  }
  for (const report::Finding &F : R.Connections) {
    // A site a finding was reported at (in another template instantiation,
    // or by another check) is that finding.
    if (Found.count({F.Where.File, F.Where.Offset}))
      continue;
    llvm::StringRef Text = F.Message;
    Protection P = Text.consume_front(EncryptedRemarkPrefix)
                       ? Protection::Encrypted
                       : (Text.consume_front(NotJudgedRemarkPrefix),
                          Protection::NotJudged);
    // "'<api>': <detail>"
    std::string Api = firstQuoted(Text);
    llvm::StringRef Detail = Text;
    if (size_t Colon = Text.find("': "); Colon != llvm::StringRef::npos)
      Detail = Text.drop_front(Colon + 3);
    Add(F, P, Api, Detail.str());
  }
  llvm::sort(E.Sites, [](const Connection &A, const Connection &B) {
    return std::tie(A.Where.File, A.Where.Offset, A.Check) <
           std::tie(B.Where.File, B.Where.Offset, B.Check);
  });
  // Ids: what the site is, not where; a second identical line is rank 1.
  std::map<std::string, unsigned> Seen;
  for (Connection &C : E.Sites) {
    std::string Key = C.Family + '\0' +
                      report::displayPath(C.Where.File, R.Root) + '\0' +
                      report::foldedLine(S, C.Where);
    unsigned Rank = Seen[Key]++;
    llvm::SHA256 Hash;
    Hash.update(Key);
    Hash.update(llvm::StringRef("\0", 1));
    Hash.update(std::to_string(Rank));
    C.Id = llvm::toHex(Hash.final(), /*LowerCase=*/true).substr(0, 32);
  }
  return E;
}

llvm::Expected<Evidence> readEvidenceJson(llvm::StringRef Text) {
  auto Error = [](const llvm::Twine &Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not a transit-audit inventory: " + Why);
  };
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return Error(llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Top = Parsed->getAsObject();
  if (!Top || Top->getString("kind") != "inventory")
    return Error("no \"kind\": \"inventory\"");
  if (Top->getInteger("version") != 1)
    return Error("version is not 1");
  const llvm::json::Array *Sites = Top->getArray("sites");
  if (!Sites)
    return Error("no \"sites\" array");
  Evidence E;
  for (const llvm::json::Value &V : *Sites) {
    const llvm::json::Object *O = V.getAsObject();
    auto Get = [&](llvm::StringRef Key) {
      return O ? O->getString(Key).value_or("") : llvm::StringRef();
    };
    std::optional<Protection> P = protectionNamed(Get("protection"));
    if (!O || Get("id").empty() || !P)
      return Error("a site without an id or a known protection");
    Connection C;
    C.Where.File = Get("file").str();
    C.Where.Line = static_cast<unsigned>(O->getInteger("line").value_or(0));
    C.Where.Column = static_cast<unsigned>(O->getInteger("column").value_or(0));
    C.Service = Get("service").str();
    C.Family = Get("family").str();
    C.Check = Get("check").str();
    C.Api = Get("api").str();
    C.P = *P;
    C.Detail = Get("detail").str();
    C.Id = Get("id").str();
    E.Sites.push_back(std::move(C));
  }
  return E;
}

std::vector<Change> compare(const Evidence &Old, const Evidence &New) {
  // First by Id (the same line, wherever it moved); then a site whose line
  // was edited (a carve-out added above it keeps the Id; an sslmode added
  // to it does not) pairs with an unmatched one of the same check and API in
  // the same file, in order.
  std::vector<const Connection *> OldOf(New.Sites.size(), nullptr);
  std::vector<bool> Used(Old.Sites.size(), false);
  std::map<std::pair<std::string, std::string>, size_t> ById;
  for (size_t I = 0; I < Old.Sites.size(); ++I)
    ById.try_emplace({Old.Sites[I].Id, Old.Sites[I].Check}, I);
  for (size_t I = 0; I < New.Sites.size(); ++I) {
    auto It = ById.find({New.Sites[I].Id, New.Sites[I].Check});
    if (It != ById.end() && !Used[It->second]) {
      Used[It->second] = true;
      OldOf[I] = &Old.Sites[It->second];
    }
  }
  auto File = [](const Evidence &E, const Connection &C) {
    return report::displayPath(C.Where.File, E.Root);
  };
  for (size_t I = 0; I < New.Sites.size(); ++I) {
    if (OldOf[I])
      continue;
    const Connection &N = New.Sites[I];
    for (size_t J = 0; J < Old.Sites.size(); ++J) {
      const Connection &O = Old.Sites[J];
      if (!Used[J] && O.Check == N.Check && O.Api == N.Api &&
          File(Old, O) == File(New, N)) {
        Used[J] = true;
        OldOf[I] = &O;
        break;
      }
    }
  }
  std::vector<Change> Out;
  for (size_t I = 0; I < New.Sites.size(); ++I)
    if (!OldOf[I] || OldOf[I]->P != New.Sites[I].P)
      Out.push_back({OldOf[I], &New.Sites[I]});
  for (size_t J = 0; J < Old.Sites.size(); ++J)
    if (!Used[J])
      Out.push_back({&Old.Sites[J], nullptr});
  return Out;
}

bool isRegression(const Change &C) {
  if (!C.New)
    return false;
  if (!C.Old)
    return isViolation(C.New->P);
  return isViolation(C.New->P) && C.New->P > C.Old->P;
}

void writeEvidenceTable(const Evidence &E, const std::vector<Change> *Changes,
                        llvm::raw_ostream &OS) {
  Tally T(E);
  std::set<std::string> Services;
  for (const Connection &C : E.Sites)
    Services.insert(C.Service);
  OS << llvm::formatv("Encryption in transit: {0} connection site{1} in {2} "
                      "service director{3} ({4} unit{5} analysed)\n\n",
                      E.Sites.size(), E.Sites.size() == 1 ? "" : "s",
                      Services.size(), Services.size() == 1 ? "y" : "ies",
                      E.UnitsAnalysed, E.UnitsAnalysed == 1 ? "" : "s");
  size_t Width = 7; // "service"
  for (const auto &[Group, _] : T.ByGroup)
    Width = std::max(Width, Group.first.size());
  auto Row = [&](llvm::StringRef Service, llvm::StringRef Family,
                 const Counts &C) {
    OS << llvm::left_justify(Service, Width) << "  "
       << llvm::left_justify(Family, 9);
    for (Protection P : AllProtections)
      OS << "  "
         << llvm::right_justify(std::to_string(countIn(C, P)),
                                protectionName(P).size());
    OS << "\n";
  };
  OS << llvm::left_justify("service", Width) << "  "
     << llvm::left_justify("family", 9);
  for (Protection P : AllProtections)
    OS << "  " << protectionName(P);
  OS << "\n";
  for (const auto &[Group, C] : T.ByGroup)
    Row(Group.first, Group.second, C);
  Row("total", "", T.Total);
  OS << "\n";
  for (const Connection &C : E.Sites)
    OS << where(E, C) << ": " << protectionName(C.P) << " [" << C.Family
       << (C.Api.empty() ? "" : " " + C.Api) << "] " << C.Detail << "\n";
  if (Changes) {
    OS << "\nCompared with the earlier inventory: " << Changes->size()
       << " change" << (Changes->size() == 1 ? "" : "s") << "\n";
    for (const Change &C : *Changes) {
      const Connection &Site = C.New ? *C.New : *C.Old;
      OS << changeWhere(E, C) << ": " << changeText(C) << " [" << Site.Family
         << (Site.Api.empty() ? "" : " " + Site.Api) << "]"
         << (isRegression(C) ? " (regression)" : "") << "\n";
    }
  }
  if (!E.Failures.empty())
    OS << "\n"
       << E.Failures.size() << " unit" << (E.Failures.size() == 1 ? "" : "s")
       << " not analysed completely (listed on stderr): the evidence is "
          "incomplete\n";
}

void writeEvidenceMarkdown(const Evidence &E,
                           const std::vector<Change> *Changes,
                           llvm::raw_ostream &OS) {
  Tally T(E);
  OS << "# Encryption in transit\n\n"
     << E.Sites.size() << " connection site" << (E.Sites.size() == 1 ? "" : "s")
     << ", " << E.UnitsAnalysed << " C/C++ unit"
     << (E.UnitsAnalysed == 1 ? "" : "s") << " analysed"
     << (E.Failures.empty()
             ? ""
             : ", " + std::to_string(E.Failures.size()) + " not analysed")
     << ".\n\n| service | family |";
  for (Protection P : AllProtections)
    OS << " " << protectionName(P) << " |";
  OS << "\n| --- | --- |";
  for (size_t I = 0; I < std::size(AllProtections); ++I)
    OS << " ---: |";
  OS << "\n";
  auto Row = [&](llvm::StringRef Service, llvm::StringRef Family,
                 const Counts &C) {
    OS << "| " << markdownCell(Service) << " | " << Family << " |";
    for (Protection P : AllProtections)
      OS << " " << countIn(C, P) << " |";
    OS << "\n";
  };
  for (const auto &[Group, C] : T.ByGroup)
    Row("`" + Group.first + "`", Group.second, C);
  Row("**total**", "", T.Total);
  OS << "\n| where | family | API | protection | detail |\n"
        "| --- | --- | --- | --- | --- |\n";
  for (const Connection &C : E.Sites)
    OS << "| `" << where(E, C) << "` | " << C.Family << " | "
       << markdownCell(C.Api) << " | " << protectionName(C.P) << " | "
       << markdownCell(C.Detail) << " |\n";
  if (Changes) {
    OS << "\n## Changes since the earlier inventory\n\n";
    if (Changes->empty())
      OS << "None.\n";
    else
      OS << "| where | family | API | change |\n| --- | --- | --- | --- |\n";
    for (const Change &C : *Changes) {
      const Connection &Site = C.New ? *C.New : *C.Old;
      OS << "| `" << changeWhere(E, C) << "` | " << Site.Family << " | "
         << markdownCell(Site.Api) << " | " << changeText(C)
         << (isRegression(C) ? " **(regression)**" : "") << " |\n";
    }
  }
}

void writeEvidenceJson(const Evidence &E, const std::vector<Change> *Changes,
                       llvm::raw_ostream &OS) {
  auto CountsOf = [](const Counts &C) {
    llvm::json::Object O;
    for (Protection P : AllProtections)
      O[protectionName(P)] = countIn(C, P);
    return O;
  };
  auto SiteOf = [&](const Connection &C) {
    return llvm::json::Object{
        {"id", C.Id},
        {"file", report::displayPath(C.Where.File, E.Root)},
        {"line", C.Where.Line},
        {"column", C.Where.Column},
        {"service", C.Service},
        {"family", C.Family},
        {"check", C.Check},
        {"api", C.Api},
        {"protection", protectionName(C.P)},
        {"detail", C.Detail}};
  };
  Tally T(E);
  llvm::json::Array Groups, Sites;
  for (const auto &[Group, C] : T.ByGroup)
    Groups.push_back(llvm::json::Object{{"service", Group.first},
                                        {"family", Group.second},
                                        {"counts", CountsOf(C)}});
  for (const Connection &C : E.Sites)
    Sites.push_back(SiteOf(C));
  llvm::json::Array NotAnalysed;
  for (const report::Failure &F : E.Failures)
    NotAnalysed.push_back(llvm::json::Object{
        {"file", report::displayPath(F.File, E.Root)}, {"reason", F.Reason}});
  llvm::json::Object Top{{"version", 1},
                         {"tool", "transit-audit"},
                         {"kind", "inventory"},
                         {"unitsAnalysed", E.UnitsAnalysed},
                         {"totals", CountsOf(T.Total)},
                         {"groups", std::move(Groups)},
                         {"sites", std::move(Sites)},
                         {"notAnalysed", std::move(NotAnalysed)}};
  if (Changes) {
    llvm::json::Array List;
    for (const Change &C : *Changes) {
      const Connection &Site = C.New ? *C.New : *C.Old;
      llvm::json::Object O = SiteOf(Site);
      if (!C.New)
        O["file"] = Site.Where.File; // as the earlier inventory wrote it
      O.erase("protection");
      O["from"] = C.Old ? llvm::json::Value(protectionName(C.Old->P))
                        : llvm::json::Value(nullptr);
      O["to"] = C.New ? llvm::json::Value(protectionName(C.New->P))
                      : llvm::json::Value(nullptr);
      O["regression"] = isRegression(C);
      List.push_back(std::move(O));
    }
    Top["changes"] = std::move(List);
  }
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Top))) << "\n";
}

void writeEvidenceCsv(const Evidence &E, llvm::raw_ostream &OS) {
  OS << "file,line,column,service,family,check,api,protection,detail,id\r\n";
  for (const Connection &C : E.Sites)
    OS << csvRow({report::displayPath(C.Where.File, E.Root),
                  std::to_string(C.Where.Line), std::to_string(C.Where.Column),
                  C.Service, C.Family, C.Check, C.Api,
                  protectionName(C.P).str(), C.Detail, C.Id});
}

} // namespace transit::audit
