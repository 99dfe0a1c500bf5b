//===- CarveOut.cpp - The ZFN-3 carve-out grammar -------------------------===//
//
// See docs/carve-out-grammar.md for the grammar this implements.
//
//===----------------------------------------------------------------------===//
#include "transit/CarveOut.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace transit {
namespace {

bool isFoldableSpace(char C) {
  return C == ' ' || C == '\t' || C == '\r' || C == '\n' || C == '\v' ||
         C == '\f';
}

/// Appends the words of one physical comment line (delimiters removed).
void stripLine(llvm::StringRef Line,
               llvm::SmallVectorImpl<llvm::StringRef> &Out) {
  Line = Line.trim();
  if (Line.consume_front("//")) {
    Line = Line.ltrim('/');
    Line.consume_front("!");
    Line.consume_front("<");
  } else if (Line.consume_front("/*")) {
    Line = Line.ltrim('*');
    Line.consume_front("!");
    Line.consume_front("<");
  } else if (Line.starts_with("*") && !Line.starts_with("*/")) {
    Line = Line.ltrim('*'); // decoration of a block comment's inner line
  }
  // A comment may close mid-line and another may follow: `/* a */ /* b */`.
  size_t Close = Line.find("*/");
  llvm::StringRef Rest;
  if (Close != llvm::StringRef::npos) {
    Rest = Line.substr(Close + 2);
    Line = Line.take_front(Close).rtrim('*');
  }
  Line = Line.trim();
  if (Line.ends_with("\\")) // line continuation inside a macro definition
    Line = Line.drop_back().rtrim();
  if (!Line.empty())
    Out.push_back(Line);
  Rest = Rest.trim();
  if (Rest.starts_with("/*") || Rest.starts_with("//"))
    stripLine(Rest, Out);
}

/// True when \p Part has something a reader would call a word.
bool hasWord(llvm::StringRef Part) {
  for (char C : Part)
    if (llvm::isAlnum(C) || static_cast<unsigned char>(C) >= 0x80)
      return true;
  return false;
}

bool isPlaceholder(llvm::StringRef Part) {
  Part = Part.trim();
  if (Part.starts_with("<") && Part.ends_with(">"))
    return true;
  // Only dots and ellipses ("...", "…").
  llvm::StringRef Rest = Part;
  while (!Rest.empty()) {
    if (Rest.consume_front(".") || Rest.consume_front("\xE2\x80\xA6") ||
        Rest.consume_front(" "))
      continue;
    break;
  }
  if (Rest.empty())
    return true;
  std::string First = Part.take_until([](char C) { return isFoldableSpace(C); })
                          .rtrim(":.,;!-)")
                          .lower();
  static constexpr llvm::StringLiteral Placeholders[] = {
      "todo", "tbd", "tbc", "tba", "fixme", "xxx", "n/a"};
  return llvm::is_contained(Placeholders, First);
}

/// Lower-case letters and digits of \p Text, with the offset each came from.
struct Normalized {
  std::string Chars;
  llvm::SmallVector<size_t, 64> Offsets;
};

Normalized normalize(llvm::StringRef Text) {
  Normalized N;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (!llvm::isAlnum(Text[I]))
      continue;
    N.Chars.push_back(llvm::toLower(Text[I]));
    N.Offsets.push_back(I);
  }
  return N;
}

} // namespace

std::string stripCommentSyntax(llvm::StringRef Raw) {
  llvm::SmallVector<llvm::StringRef, 16> Pieces;
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  Raw.split(Lines, '\n');
  for (llvm::StringRef Line : Lines)
    stripLine(Line, Pieces);
  std::string Out;
  for (llvm::StringRef Piece : Pieces) {
    for (char C : Piece) {
      if (isFoldableSpace(C)) {
        if (!Out.empty() && Out.back() != ' ')
          Out.push_back(' ');
      } else {
        Out.push_back(C);
      }
    }
    if (!Out.empty() && Out.back() != ' ')
      Out.push_back(' ');
  }
  while (!Out.empty() && Out.back() == ' ')
    Out.pop_back();
  return Out;
}

bool isValidMarker(llvm::StringRef Marker) { return hasWord(Marker); }

CarveOut parseCarveOut(llvm::StringRef Block, llvm::StringRef Marker) {
  CarveOut Result;
  if (!isValidMarker(Marker))
    return Result;

  size_t Pos = Block.find(Marker);
  if (Pos == llvm::StringRef::npos) {
    // Not the exact marker: is there a near miss (case, spacing, hyphens,
    // a missing colon, "carve out", "ZFN3")?
    Normalized Text = normalize(Block);
    std::string Wanted = normalize(Marker).Chars;
    size_t At = Text.Chars.find(Wanted);
    if (Wanted.empty() || At == std::string::npos)
      return Result;
    size_t Begin = Text.Offsets[At];
    size_t End = Text.Offsets[At + Wanted.size() - 1] + 1;
    // Take in the punctuation the writer put after the marker ("carve-out -").
    llvm::StringRef After = Block.substr(End);
    size_t Trail = After.find_first_not_of(" \t");
    if (Trail != llvm::StringRef::npos &&
        llvm::StringRef(":-;").contains(After[Trail]))
      End += Trail + 1;
    Result.K = CarveOut::Kind::Malformed;
    Result.Problem = CarveOutProblem::MisspelledMarker;
    Result.MarkerOffset = Begin;
    Result.WrittenMarker = Block.slice(Begin, End).str();
    return Result;
  }

  Result.MarkerOffset = Pos;
  Result.WrittenMarker = Marker.str();
  std::string Body = stripCommentSyntax(Block.substr(Pos + Marker.size()));
  llvm::StringRef BodyRef(Body);
  auto [Guarantee, Justification] = BodyRef.split(';');
  Result.Guarantee = Guarantee.trim().str();
  Result.Justification = Justification.trim().str();

  auto Fail = [&](CarveOutProblem P) {
    Result.K = CarveOut::Kind::Malformed;
    Result.Problem = P;
    return Result;
  };
  if (BodyRef.trim().empty()) // the marker and nothing after it
    return Fail(CarveOutProblem::EmptyGuarantee);
  if (!BodyRef.contains(';'))
    return Fail(CarveOutProblem::MissingSeparator);
  if (Guarantee.trim().empty())
    return Fail(CarveOutProblem::EmptyGuarantee);
  if (isPlaceholder(Guarantee) || !hasWord(Guarantee))
    return Fail(CarveOutProblem::PlaceholderGuarantee);
  if (Justification.trim().empty())
    return Fail(CarveOutProblem::EmptyJustification);
  if (isPlaceholder(Justification) || !hasWord(Justification))
    return Fail(CarveOutProblem::PlaceholderJustification);
  Result.K = CarveOut::Kind::WellFormed;
  return Result;
}

std::string CarveOut::describeProblem(llvm::StringRef Marker) const {
  switch (Problem) {
  case CarveOutProblem::None:
    return "";
  case CarveOutProblem::MisspelledMarker:
    return ("the marker must be written exactly '" + Marker + "', found '" +
            WrittenMarker + "'")
        .str();
  case CarveOutProblem::MissingSeparator:
    return "';' is missing between the network-perimeter guarantee and the "
           "threat-model justification";
  case CarveOutProblem::EmptyGuarantee:
    return "the network-perimeter guarantee before ';' is empty";
  case CarveOutProblem::EmptyJustification:
    return "the threat-model justification after ';' is empty";
  case CarveOutProblem::PlaceholderGuarantee:
    return "the network-perimeter guarantee is a placeholder ('" + Guarantee +
           "'), not a guarantee";
  case CarveOutProblem::PlaceholderJustification:
    return "the threat-model justification is a placeholder ('" +
           Justification + "'), not a justification";
  }
  return "";
}

} // namespace transit
