//===- PriorityString.cpp - GnuTLS priority strings -----------------------===//
#include "transit/PriorityString.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace transit {
namespace {

struct Known {
  llvm::StringLiteral Name;
  llvm::StringLiteral What;
  bool Version;
};

// Protocol versions below TLS 1.2 and the algorithms of the broken
// suites, as GnuTLS names them (gnutls_priority_init(3)).
constexpr Known WeakElements[] = {
    {"VERS-SSL3.0", "SSL 3.0", true},
    {"VERS-TLS1.0", "TLS 1.0", true},
    {"VERS-TLS1.1", "TLS 1.1", true},
    {"VERS-DTLS0.9", "DTLS 0.9", true},
    {"VERS-DTLS1.0", "DTLS 1.0", true},
    {"ARCFOUR-128", "RC4", false},
    {"ARCFOUR-40", "RC4", false},
    {"3DES-CBC", "3DES", false},
    {"DES-CBC", "single DES", false},
    {"RC2-40", "RC2", false},
    {"NULL", "NULL encryption", false},
    {"ANON-DH", "anonymous key exchange (no authentication)", false},
    {"ANON-ECDH", "anonymous key exchange (no authentication)", false},
    {"RSA-EXPORT", "export-grade key exchange", false},
    {"MD5", "MD5", false},
};

constexpr llvm::StringLiteral ModernVersions[] = {"VERS-TLS1.2", "VERS-TLS1.3",
                                                  "VERS-DTLS1.2"};

// The keywords a string may start with; each enables TLS 1.2 or later
// unless later elements remove it. (NONE enables nothing.)
constexpr llvm::StringLiteral Keywords[] = {
    "NORMAL",    "PFS",       "SECURE", "SECURE128",   "SECURE192", "SECURE256",
    "SUITEB128", "SUITEB192", "LEGACY", "PERFORMANCE", "@SYSTEM"};

bool isAllVersions(llvm::StringRef Name) {
  return Name.equals_insensitive("VERS-ALL") ||
         Name.equals_insensitive("VERS-TLS-ALL");
}

} // namespace

PriorityVerdict evaluatePriorityString(llvm::StringRef Priorities) {
  PriorityVerdict V;
  llvm::SmallVector<std::string, 4> Modern; // the modern versions on
  size_t Offset = 0;
  bool First = true;
  for (llvm::StringRef Rest = Priorities; !Rest.empty() || First;) {
    auto [Element, Tail] = Rest.split(':');
    size_t Here = Offset;
    Offset += Element.size() + 1;
    Rest = Tail;
    llvm::StringRef Trimmed = Element.trim();
    Here += Element.size() - Element.ltrim().size();
    if (First) {
      First = false;
      // "@SYSTEM:+..." or "@KEYWORD1,KEYWORD2": the system's policy.
      llvm::StringRef Base = Trimmed.split(',').first;
      if (llvm::any_of(Keywords, [&](llvm::StringRef K) {
            return Base.equals_insensitive(K) ||
                   (K == "@SYSTEM" && Base.starts_with("@"));
          }))
        Modern.assign(std::begin(ModernVersions), std::end(ModernVersions));
      if (!Trimmed.empty() && Trimmed[0] != '+' && Trimmed[0] != '-' &&
          Trimmed[0] != '!')
        continue;
    }
    if (Trimmed.size() < 2)
      continue;
    char Sign = Trimmed[0];
    llvm::StringRef Name = Trimmed.drop_front();
    if (Sign != '+' && Sign != '-' && Sign != '!')
      continue; // %COMPAT and other flags
    bool Add = Sign == '+';
    if (isAllVersions(Name)) {
      if (!Add) {
        Modern.clear();
        llvm::erase_if(V.Weak,
                       [](const PriorityElement &E) { return E.Version; });
      }
      continue; // +VERS-ALL: every version the library allows, its policy
    }
    for (llvm::StringRef M : ModernVersions)
      if (Name.equals_insensitive(M)) {
        llvm::erase_if(Modern, [&](const std::string &S) { return S == M; });
        if (Add)
          Modern.push_back(M.str());
      }
    for (const Known &K : WeakElements) {
      if (!Name.equals_insensitive(K.Name))
        continue;
      llvm::erase_if(V.Weak, [&](const PriorityElement &E) {
        return llvm::StringRef(E.Name).equals_insensitive(K.Name);
      });
      if (Add)
        V.Weak.push_back({Name.str(), K.What.str(), K.Version, Here});
    }
  }
  V.ModernRemains = !Modern.empty();
  return V;
}

} // namespace transit
