//===- CommentSyntax.cpp - Comments of files that are not C++ -------------===//
//
// The table is data: add a row for a new kind of file. The scanner knows
// line comments, block comments and one-line strings (a leader inside quotes
// starts nothing); it does not parse the languages, so multi-line strings and
// heredocs holding a leader can yield a comment that is not one (a carve-out
// marker in one is reported like any other, which errs on the side of the
// audit).
//
//===----------------------------------------------------------------------===//
#include "transit/CommentSyntax.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

namespace transit {
namespace {

using Pair = std::pair<llvm::StringLiteral, llvm::StringLiteral>;

constexpr llvm::StringLiteral Hash[] = {"#"};
constexpr llvm::StringLiteral Slashes[] = {"//"};
constexpr llvm::StringLiteral HashOrSlashes[] = {"#", "//"};
constexpr llvm::StringLiteral Dashes[] = {"--"};
constexpr llvm::StringLiteral SemicolonOrHash[] = {";", "#"};
constexpr Pair CBlock[] = {{"/*", "*/"}};
constexpr Pair XmlBlock[] = {{"<!--", "-->"}};

struct Row {
  CommentSyntax Syntax;
  /// File names matched exactly, then extensions (with the dot).
  llvm::ArrayRef<llvm::StringLiteral> Names;
  llvm::ArrayRef<llvm::StringLiteral> Extensions;
};

constexpr llvm::StringLiteral NoNames[] = {""};

constexpr llvm::StringLiteral YamlExt[] = {".yaml", ".yml"};
constexpr llvm::StringLiteral HclExt[] = {".tf", ".tfvars", ".hcl", ".nomad"};
constexpr llvm::StringLiteral ShellExt[] = {".sh", ".bash", ".zsh", ".ksh",
                                            ".env"};
constexpr llvm::StringLiteral PythonExt[] = {".py", ".pyi", ".bzl", ".star"};
constexpr llvm::StringLiteral BazelNames[] = {"BUILD", "BUILD.bazel",
                                              "WORKSPACE", "MODULE.bazel"};
constexpr llvm::StringLiteral RubyExt[] = {".rb", ".rake"};
constexpr llvm::StringLiteral DockerNames[] = {"Dockerfile", "Containerfile"};
constexpr llvm::StringLiteral DockerExt[] = {".dockerfile"};
constexpr llvm::StringLiteral MakeNames[] = {"Makefile", "GNUmakefile",
                                             "makefile"};
constexpr llvm::StringLiteral MakeExt[] = {".mk"};
constexpr llvm::StringLiteral CMakeNames[] = {"CMakeLists.txt"};
constexpr llvm::StringLiteral CMakeExt[] = {".cmake"};
constexpr llvm::StringLiteral TomlConfExt[] = {".toml", ".conf", ".properties",
                                               ".ps1",  ".tcl",  ".pl"};
constexpr llvm::StringLiteral IniExt[] = {".ini", ".cfg"};
constexpr llvm::StringLiteral CFamilyExt[] = {
    ".go",      ".java",      ".kt",     ".kts",    ".scala",  ".rs",
    ".swift",   ".cs",        ".js",     ".mjs",    ".cjs",    ".jsx",
    ".ts",      ".tsx",       ".proto",  ".groovy", ".gradle", ".dart",
    ".jsonnet", ".libsonnet", ".thrift", ".capnp"};
constexpr llvm::StringLiteral CFamilyNames[] = {"Jenkinsfile"};
constexpr llvm::StringLiteral CxxExt[] = {".c",   ".cc",  ".cpp", ".cxx",
                                          ".c++", ".h",   ".hh",  ".hpp",
                                          ".hxx", ".ipp", ".inl", ".inc"};
constexpr llvm::StringLiteral PhpExt[] = {".php"};
constexpr llvm::StringLiteral SqlExt[] = {".sql"};
constexpr llvm::StringLiteral DashExt[] = {".lua", ".hs"};
constexpr llvm::StringLiteral XmlExt[] = {".xml", ".html", ".htm",   ".md",
                                          ".xsd", ".wsdl", ".plist", ".svg"};
constexpr llvm::StringLiteral HelmExt[] = {".tpl"};
constexpr llvm::StringLiteral NixExt[] = {".nix"};

// Order matters only for names: the first row naming a file wins.
const Row Table[] = {
    {{"YAML", Hash, {}, "\"'"}, NoNames, YamlExt},
    {{"Terraform / HCL", HashOrSlashes, CBlock, "\""}, NoNames, HclExt},
    {{"shell", Hash, {}, "\"'"}, NoNames, ShellExt},
    {{"Python / Starlark", Hash, {}, "\"'"}, BazelNames, PythonExt},
    {{"Ruby", Hash, {}, "\"'"}, NoNames, RubyExt},
    {{"Dockerfile", Hash, {}, ""}, DockerNames, DockerExt},
    {{"Makefile", Hash, {}, ""}, MakeNames, MakeExt},
    {{"CMake", Hash, {}, "\""}, CMakeNames, CMakeExt},
    {{"TOML / conf / properties", Hash, {}, "\"'"}, NoNames, TomlConfExt},
    {{"INI", SemicolonOrHash, {}, "\"'"}, NoNames, IniExt},
    {{"C family (Go, Java, Rust, JS, proto ...)", Slashes, CBlock, "\"'"},
     CFamilyNames,
     CFamilyExt},
    {{"C / C++", Slashes, CBlock, "\"'"}, NoNames, CxxExt},
    {{"PHP", HashOrSlashes, CBlock, "\"'"}, NoNames, PhpExt},
    {{"SQL", Dashes, CBlock, "'"}, NoNames, SqlExt},
    {{"Lua / Haskell", Dashes, {}, "\"'"}, NoNames, DashExt},
    {{"XML / HTML / Markdown", {}, XmlBlock, ""}, NoNames, XmlExt},
    {{"Helm template", Hash, CBlock, "\""}, NoNames, HelmExt},
    {{"Nix", Hash, CBlock, "\""}, NoNames, NixExt},
};

const std::vector<CommentSyntax> &allSyntaxes() {
  static const std::vector<CommentSyntax> All = [] {
    std::vector<CommentSyntax> V;
    for (const Row &R : Table)
      V.push_back(R.Syntax);
    return V;
  }();
  return All;
}

/// Whether a `#` at \p At may start a comment: at the start of a line or
/// after white space (YAML's rule; `a#b` is a word in shell too).
bool hashMayStart(llvm::StringRef Text, size_t At) {
  return At == 0 || llvm::isSpace(Text[At - 1]);
}

} // namespace

llvm::ArrayRef<CommentSyntax> commentSyntaxes() { return allSyntaxes(); }

const CommentSyntax &cxxCommentSyntax() { return *commentSyntaxFor("x.cpp"); }

const CommentSyntax *commentSyntaxFor(llvm::StringRef Path) {
  llvm::StringRef Name = llvm::sys::path::filename(Path);
  for (size_t I = 0; I < std::size(Table); ++I)
    if (llvm::is_contained(Table[I].Names, Name) && !Name.empty())
      return &allSyntaxes()[I];
  std::string Ext = llvm::sys::path::extension(Name).lower();
  if (Ext.empty())
    return nullptr;
  for (size_t I = 0; I < std::size(Table); ++I)
    for (llvm::StringRef E : Table[I].Extensions)
      if (E == Ext)
        return &allSyntaxes()[I];
  return nullptr;
}

std::vector<TextComment> findComments(llvm::StringRef Text,
                                      const CommentSyntax &Syntax) {
  std::vector<TextComment> Out;
  // The line the last whole-line comment ended on, to join the next one.
  size_t LastWholeLine = ~size_t(0);
  size_t Line = 0, LineStart = 0;
  char InString = 0;

  auto blank = [](std::string &S, size_t From, size_t Len) {
    for (size_t I = From; I < From + Len && I < S.size(); ++I)
      S[I] = ' ';
  };

  for (size_t I = 0; I < Text.size();) {
    char C = Text[I];
    if (C == '\n') {
      ++Line;
      LineStart = I + 1;
      InString = 0; // strings here are one-line
      ++I;
      continue;
    }
    if (InString) {
      if (C == '\\')
        I += 2;
      else {
        if (C == InString)
          InString = 0;
        ++I;
      }
      continue;
    }
    llvm::StringRef Rest = Text.substr(I);
    bool Matched = false;
    for (const auto &[Open, Close] : Syntax.Block) {
      if (!Rest.starts_with(Open))
        continue;
      size_t End = Text.find(Close, I + Open.size());
      End = End == llvm::StringRef::npos ? Text.size() : End + Close.size();
      TextComment T{I, End, Text.slice(I, End).str()};
      blank(T.Text, 0, Open.size());
      if (End - I >= Open.size() + Close.size() &&
          Text.slice(I, End).ends_with(Close))
        blank(T.Text, T.Text.size() - Close.size(), Close.size());
      for (size_t J = I; J < End; ++J)
        if (Text[J] == '\n') {
          ++Line;
          LineStart = J + 1;
        }
      Out.push_back(std::move(T));
      LastWholeLine = ~size_t(0);
      I = End;
      Matched = true;
      break;
    }
    if (Matched)
      continue;
    for (llvm::StringRef Leader : Syntax.Line) {
      if (!Rest.starts_with(Leader) ||
          (Leader == "#" && !hashMayStart(Text, I)))
        continue;
      size_t End = Text.find('\n', I);
      if (End == llvm::StringRef::npos)
        End = Text.size();
      bool WholeLine = Text.slice(LineStart, I).trim().empty();
      std::string Body = Text.slice(I, End).str();
      // The leader and its repetitions (`##`, `///`, `---`).
      size_t Lead = Leader.size();
      while (Lead < Body.size() && Leader.contains(Body[Lead]))
        ++Lead;
      blank(Body, 0, Lead);
      if (WholeLine && !Out.empty() && LastWholeLine + 1 == Line) {
        TextComment &Prev = Out.back();
        Prev.Text += Text.slice(Prev.End, I).str(); // the line break, indent
        Prev.Text += Body;
        Prev.End = End;
      } else {
        Out.push_back({I, End, std::move(Body)});
      }
      LastWholeLine = WholeLine ? Line : ~size_t(0);
      I = End;
      Matched = true;
      break;
    }
    if (Matched)
      continue;
    if (!Syntax.Quotes.empty() && Syntax.Quotes.contains(C))
      InString = C;
    ++I;
  }
  return Out;
}

} // namespace transit
