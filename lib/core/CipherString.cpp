//===- CipherString.cpp - OpenSSL cipher-list strings ---------------------===//
//
// The table holds the TLS 1.2-and-earlier suites of OpenSSL 1.0.2 to 3.x
// that real cipher lists name or pull in through aliases; each suite carries
// its key exchange, authentication, cipher, MAC, protocol and strength as
// bits, and every alias is a condition on those bits, as in OpenSSL's
// ssl_ciph.c.
//
//===----------------------------------------------------------------------===//
#include "transit/CipherString.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include <bitset>
#include <cstdint>
#include <iterator>
#include <optional>

namespace transit {
namespace {

enum : uint64_t {
  // key exchange
  kRSA = 1ull << 0,
  kDHE = 1ull << 1,
  kECDHE = 1ull << 2,
  kPSK = 1ull << 3,
  kDHEPSK = 1ull << 4,
  kECDHEPSK = 1ull << 5,
  kRSAPSK = 1ull << 6,
  kSRP = 1ull << 7,
  // authentication
  aRSA = 1ull << 8,
  aDSS = 1ull << 9,
  aECDSA = 1ull << 10,
  aNULL = 1ull << 11,
  aPSK = 1ull << 12,
  aSRP = 1ull << 13,
  // encryption
  eAES128 = 1ull << 16,
  eAES256 = 1ull << 17,
  eAESGCM = 1ull << 18, // with eAES128 / eAES256
  eAESCCM = 1ull << 19, // with eAES128 / eAES256
  eCHACHA20 = 1ull << 20,
  e3DES = 1ull << 21,
  eDES = 1ull << 22,
  eRC4 = 1ull << 23,
  eRC2 = 1ull << 24,
  eNULL = 1ull << 25,
  eCAMELLIA = 1ull << 26,
  eSEED = 1ull << 27,
  eIDEA = 1ull << 28,
  eARIA = 1ull << 29,
  // MAC
  mMD5 = 1ull << 32,
  mSHA1 = 1ull << 33,
  mSHA256 = 1ull << 34,
  mSHA384 = 1ull << 35,
  mAEAD = 1ull << 36,
  // protocol, strength
  pTLS12 = 1ull << 40,
  sHIGH = 1ull << 41,
  sMEDIUM = 1ull << 42,
  sLOW = 1ull << 43,
  sEXPORT = 1ull << 44,
};

struct Suite {
  const char *Name;
  uint64_t Bits;
};

constexpr uint64_t RSA_ = kRSA | aRSA, DHE_RSA = kDHE | aRSA,
                   DHE_DSS = kDHE | aDSS, ECDHE_RSA = kECDHE | aRSA,
                   ECDHE_ECDSA = kECDHE | aECDSA, ADH = kDHE | aNULL,
                   AECDH = kECDHE | aNULL, PSK_ = kPSK | aPSK;
constexpr uint64_t AES128_SHA = eAES128 | mSHA1 | sHIGH,
                   AES256_SHA = eAES256 | mSHA1 | sHIGH,
                   AES128_SHA256 = eAES128 | mSHA256 | pTLS12 | sHIGH,
                   AES256_SHA256 = eAES256 | mSHA256 | pTLS12 | sHIGH,
                   AES256_SHA384 = eAES256 | mSHA384 | pTLS12 | sHIGH,
                   AES128_GCM = eAES128 | eAESGCM | mAEAD | pTLS12 | sHIGH,
                   AES256_GCM = eAES256 | eAESGCM | mAEAD | pTLS12 | sHIGH,
                   CHACHA = eCHACHA20 | mAEAD | pTLS12 | sHIGH,
                   DES3_SHA = e3DES | mSHA1 | sMEDIUM,
                   RC4_SHA = eRC4 | mSHA1 | sMEDIUM,
                   RC4_MD5 = eRC4 | mMD5 | sMEDIUM,
                   DES_SHA = eDES | mSHA1 | sLOW, NULL_SHA = eNULL | mSHA1,
                   CAMELLIA_SHA = eCAMELLIA | mSHA1 | sHIGH;

constexpr Suite Suites[] = {
    // ECDHE, then DHE: forward secret
    {"ECDHE-ECDSA-AES256-GCM-SHA384", ECDHE_ECDSA | AES256_GCM},
    {"ECDHE-RSA-AES256-GCM-SHA384", ECDHE_RSA | AES256_GCM},
    {"ECDHE-ECDSA-CHACHA20-POLY1305", ECDHE_ECDSA | CHACHA},
    {"ECDHE-RSA-CHACHA20-POLY1305", ECDHE_RSA | CHACHA},
    {"ECDHE-ECDSA-AES128-GCM-SHA256", ECDHE_ECDSA | AES128_GCM},
    {"ECDHE-RSA-AES128-GCM-SHA256", ECDHE_RSA | AES128_GCM},
    {"ECDHE-ECDSA-AES256-CCM",
     ECDHE_ECDSA | eAES256 | eAESCCM | mAEAD | pTLS12 | sHIGH},
    {"ECDHE-ECDSA-AES128-CCM",
     ECDHE_ECDSA | eAES128 | eAESCCM | mAEAD | pTLS12 | sHIGH},
    {"ECDHE-ECDSA-AES256-SHA384", ECDHE_ECDSA | AES256_SHA384},
    {"ECDHE-RSA-AES256-SHA384", ECDHE_RSA | AES256_SHA384},
    {"ECDHE-ECDSA-AES128-SHA256", ECDHE_ECDSA | AES128_SHA256},
    {"ECDHE-RSA-AES128-SHA256", ECDHE_RSA | AES128_SHA256},
    {"ECDHE-ECDSA-AES256-SHA", ECDHE_ECDSA | AES256_SHA},
    {"ECDHE-RSA-AES256-SHA", ECDHE_RSA | AES256_SHA},
    {"ECDHE-ECDSA-AES128-SHA", ECDHE_ECDSA | AES128_SHA},
    {"ECDHE-RSA-AES128-SHA", ECDHE_RSA | AES128_SHA},
    {"ECDHE-ECDSA-CAMELLIA256-SHA384",
     ECDHE_ECDSA | eCAMELLIA | mSHA384 | pTLS12 | sHIGH},
    {"ECDHE-ECDSA-ARIA256-GCM-SHA384",
     ECDHE_ECDSA | eARIA | mAEAD | pTLS12 | sHIGH},
    {"ECDHE-ECDSA-DES-CBC3-SHA", ECDHE_ECDSA | DES3_SHA},
    {"ECDHE-RSA-DES-CBC3-SHA", ECDHE_RSA | DES3_SHA},
    {"ECDHE-ECDSA-RC4-SHA", ECDHE_ECDSA | RC4_SHA},
    {"ECDHE-RSA-RC4-SHA", ECDHE_RSA | RC4_SHA},
    {"ECDHE-ECDSA-NULL-SHA", ECDHE_ECDSA | NULL_SHA},
    {"ECDHE-RSA-NULL-SHA", ECDHE_RSA | NULL_SHA},
    {"DHE-RSA-AES256-GCM-SHA384", DHE_RSA | AES256_GCM},
    {"DHE-DSS-AES256-GCM-SHA384", DHE_DSS | AES256_GCM},
    {"DHE-RSA-CHACHA20-POLY1305", DHE_RSA | CHACHA},
    {"DHE-RSA-AES128-GCM-SHA256", DHE_RSA | AES128_GCM},
    {"DHE-DSS-AES128-GCM-SHA256", DHE_DSS | AES128_GCM},
    {"DHE-RSA-AES256-CCM",
     DHE_RSA | eAES256 | eAESCCM | mAEAD | pTLS12 | sHIGH},
    {"DHE-RSA-AES256-SHA256", DHE_RSA | AES256_SHA256},
    {"DHE-DSS-AES256-SHA256", DHE_DSS | AES256_SHA256},
    {"DHE-RSA-AES128-SHA256", DHE_RSA | AES128_SHA256},
    {"DHE-DSS-AES128-SHA256", DHE_DSS | AES128_SHA256},
    {"DHE-RSA-AES256-SHA", DHE_RSA | AES256_SHA},
    {"DHE-DSS-AES256-SHA", DHE_DSS | AES256_SHA},
    {"DHE-RSA-AES128-SHA", DHE_RSA | AES128_SHA},
    {"DHE-DSS-AES128-SHA", DHE_DSS | AES128_SHA},
    {"DHE-RSA-CAMELLIA256-SHA", DHE_RSA | CAMELLIA_SHA},
    {"DHE-RSA-CAMELLIA128-SHA", DHE_RSA | CAMELLIA_SHA},
    {"DHE-RSA-SEED-SHA", DHE_RSA | eSEED | mSHA1 | sMEDIUM},
    {"EDH-RSA-DES-CBC3-SHA", DHE_RSA | DES3_SHA},
    {"EDH-DSS-DES-CBC3-SHA", DHE_DSS | DES3_SHA},
    {"EDH-RSA-DES-CBC-SHA", DHE_RSA | DES_SHA},
    {"EXP-EDH-RSA-DES-CBC-SHA", DHE_RSA | eDES | mSHA1 | sEXPORT},
    // PSK with (EC)DHE: forward secret
    {"ECDHE-PSK-CHACHA20-POLY1305", kECDHEPSK | aPSK | CHACHA},
    {"ECDHE-PSK-AES256-CBC-SHA384", kECDHEPSK | aPSK | AES256_SHA384},
    {"ECDHE-PSK-AES128-CBC-SHA256", kECDHEPSK | aPSK | AES128_SHA256},
    {"DHE-PSK-AES256-GCM-SHA384", kDHEPSK | aPSK | AES256_GCM},
    {"DHE-PSK-AES128-GCM-SHA256", kDHEPSK | aPSK | AES128_GCM},
    {"DHE-PSK-CHACHA20-POLY1305", kDHEPSK | aPSK | CHACHA},
    // anonymous: no authentication
    {"ADH-AES256-GCM-SHA384", ADH | AES256_GCM},
    {"ADH-AES128-GCM-SHA256", ADH | AES128_GCM},
    {"ADH-AES256-SHA256", ADH | AES256_SHA256},
    {"ADH-AES128-SHA256", ADH | AES128_SHA256},
    {"ADH-AES256-SHA", ADH | AES256_SHA},
    {"ADH-AES128-SHA", ADH | AES128_SHA},
    {"ADH-CAMELLIA128-SHA", ADH | CAMELLIA_SHA},
    {"ADH-DES-CBC3-SHA", ADH | DES3_SHA},
    {"ADH-RC4-MD5", ADH | RC4_MD5},
    {"ADH-DES-CBC-SHA", ADH | DES_SHA},
    {"EXP-ADH-RC4-MD5", ADH | eRC4 | mMD5 | sEXPORT},
    {"AECDH-AES256-SHA", AECDH | AES256_SHA},
    {"AECDH-AES128-SHA", AECDH | AES128_SHA},
    {"AECDH-DES-CBC3-SHA", AECDH | DES3_SHA},
    {"AECDH-RC4-SHA", AECDH | RC4_SHA},
    {"AECDH-NULL-SHA", AECDH | NULL_SHA},
    // RSA key exchange: no forward secrecy
    {"AES256-GCM-SHA384", RSA_ | AES256_GCM},
    {"AES128-GCM-SHA256", RSA_ | AES128_GCM},
    {"AES256-CCM", RSA_ | eAES256 | eAESCCM | mAEAD | pTLS12 | sHIGH},
    {"AES128-CCM", RSA_ | eAES128 | eAESCCM | mAEAD | pTLS12 | sHIGH},
    {"AES256-SHA256", RSA_ | AES256_SHA256},
    {"AES128-SHA256", RSA_ | AES128_SHA256},
    {"AES256-SHA", RSA_ | AES256_SHA},
    {"AES128-SHA", RSA_ | AES128_SHA},
    {"CAMELLIA256-SHA", RSA_ | CAMELLIA_SHA},
    {"CAMELLIA128-SHA", RSA_ | CAMELLIA_SHA},
    {"ARIA128-GCM-SHA256", RSA_ | eARIA | mAEAD | pTLS12 | sHIGH},
    {"SEED-SHA", RSA_ | eSEED | mSHA1 | sMEDIUM},
    {"IDEA-CBC-SHA", RSA_ | eIDEA | mSHA1 | sMEDIUM},
    {"DES-CBC3-SHA", RSA_ | DES3_SHA},
    {"RC4-SHA", RSA_ | RC4_SHA},
    {"RC4-MD5", RSA_ | RC4_MD5},
    {"DES-CBC-SHA", RSA_ | DES_SHA},
    {"EXP-RC4-MD5", RSA_ | eRC4 | mMD5 | sEXPORT},
    {"EXP-RC2-CBC-MD5", RSA_ | eRC2 | mMD5 | sEXPORT},
    {"EXP-DES-CBC-SHA", RSA_ | eDES | mSHA1 | sEXPORT},
    {"NULL-SHA256", RSA_ | eNULL | mSHA256 | pTLS12},
    {"NULL-SHA", RSA_ | NULL_SHA},
    {"NULL-MD5", RSA_ | eNULL | mMD5},
    // PSK and RSA-PSK key exchange: no forward secrecy
    {"RSA-PSK-AES256-GCM-SHA384", kRSAPSK | aRSA | AES256_GCM},
    {"RSA-PSK-AES128-GCM-SHA256", kRSAPSK | aRSA | AES128_GCM},
    {"PSK-AES256-GCM-SHA384", PSK_ | AES256_GCM},
    {"PSK-AES128-GCM-SHA256", PSK_ | AES128_GCM},
    {"PSK-CHACHA20-POLY1305", PSK_ | CHACHA},
    {"PSK-AES256-CBC-SHA", PSK_ | AES256_SHA},
    {"PSK-AES128-CBC-SHA", PSK_ | AES128_SHA},
    {"PSK-3DES-EDE-CBC-SHA", PSK_ | DES3_SHA},
    {"PSK-RC4-SHA", PSK_ | RC4_SHA},
    {"PSK-NULL-SHA", PSK_ | NULL_SHA},
    // SRP
    {"SRP-AES-256-CBC-SHA", kSRP | aSRP | AES256_SHA},
    {"SRP-RSA-AES-256-CBC-SHA", kSRP | aRSA | AES256_SHA},
    {"SRP-AES-128-CBC-SHA", kSRP | aSRP | AES128_SHA},
};

constexpr uint64_t AllPsk = kPSK | kDHEPSK | kECDHEPSK | kRSAPSK;

/// Whether suite \p S matches alias \p Alias; std::nullopt when \p Alias
/// is not an alias.
std::optional<bool> matchesAlias(llvm::StringRef Alias, const Suite &S) {
  uint64_t B = S.Bits;
  auto Any = [B](uint64_t Mask) { return (B & Mask) != 0; };
  return llvm::StringSwitch<std::optional<bool>>(Alias)
      .Case("ALL", !Any(eNULL))
      .Case("COMPLEMENTOFALL", Any(eNULL))
      // OpenSSL 3: ALL minus RC4, anonymous (and eNULL); earlier
      // versions also dropped EXPORT and LOW.
      .Case("DEFAULT", !Any(eNULL | aNULL | eRC4 | sEXPORT | sLOW))
      .Case("COMPLEMENTOFDEFAULT",
            !Any(eNULL) && Any(aNULL | eRC4 | sEXPORT | sLOW))
      .Case("HIGH", Any(sHIGH))
      .Case("MEDIUM", Any(sMEDIUM))
      .Case("LOW", Any(sLOW))
      .Case("EXPORT", Any(sEXPORT))
      .Case("EXP", Any(sEXPORT))
      .Case("eNULL", Any(eNULL))
      .Case("NULL", Any(eNULL))
      .Case("aNULL", Any(aNULL))
      .Case("kRSA", Any(kRSA))
      .Case("aRSA", Any(aRSA))
      .Case("RSA", Any(kRSA | aRSA))
      .Case("kDHE", Any(kDHE))
      .Case("kEDH", Any(kDHE))
      .Case("DH", Any(kDHE | kDHEPSK))
      .Case("DHE", Any(kDHE) && !Any(aNULL))
      .Case("EDH", Any(kDHE) && !Any(aNULL))
      .Case("ADH", Any(kDHE) && Any(aNULL))
      .Case("kECDHE", Any(kECDHE))
      .Case("kEECDH", Any(kECDHE))
      .Case("ECDH", Any(kECDHE | kECDHEPSK))
      .Case("ECDHE", Any(kECDHE) && !Any(aNULL))
      .Case("EECDH", Any(kECDHE) && !Any(aNULL))
      .Case("AECDH", Any(kECDHE) && Any(aNULL))
      .Case("aDSS", Any(aDSS))
      .Case("DSS", Any(aDSS))
      .Case("aECDSA", Any(aECDSA))
      .Case("ECDSA", Any(aECDSA))
      .Case("PSK", Any(AllPsk))
      .Case("kPSK", Any(kPSK))
      .Case("kDHEPSK", Any(kDHEPSK))
      .Case("kECDHEPSK", Any(kECDHEPSK))
      .Case("kRSAPSK", Any(kRSAPSK))
      .Case("aPSK", Any(aPSK))
      .Case("SRP", Any(kSRP))
      .Case("kSRP", Any(kSRP))
      .Case("aSRP", Any(aSRP))
      .Case("AES", Any(eAES128 | eAES256))
      .Case("AES128", Any(eAES128))
      .Case("AES256", Any(eAES256))
      .Case("AESGCM", Any(eAESGCM))
      .Case("AESCCM", Any(eAESCCM))
      .Case("CHACHA20", Any(eCHACHA20))
      .Case("3DES", Any(e3DES))
      .Case("DES", Any(eDES))
      .Case("RC4", Any(eRC4))
      .Case("RC2", Any(eRC2))
      .Case("IDEA", Any(eIDEA))
      .Case("SEED", Any(eSEED))
      .Case("CAMELLIA", Any(eCAMELLIA))
      .Case("ARIA", Any(eARIA))
      .Case("MD5", Any(mMD5))
      .Case("SHA1", Any(mSHA1))
      .Case("SHA", Any(mSHA1))
      .Case("SHA256", Any(mSHA256))
      .Case("SHA384", Any(mSHA384))
      .Case("TLSv1.2", Any(pTLS12))
      .Case("TLSv1.0", !Any(pTLS12))
      .Case("TLSv1", !Any(pTLS12))
      .Case("SSLv3", !Any(pTLS12))
      .Default(std::nullopt);
}

constexpr size_t NumSuites = std::size(Suites);
using SuiteSet = std::bitset<NumSuites>;

/// The suites one part of an element (`ECDHE`, `AES128-SHA`) stands for.
std::optional<SuiteSet> resolve(llvm::StringRef Part) {
  SuiteSet Set;
  for (size_t I = 0; I < NumSuites; ++I)
    if (Part == Suites[I].Name) {
      Set.set(I);
      return Set;
    }
  for (size_t I = 0; I < NumSuites; ++I) {
    std::optional<bool> M = matchesAlias(Part, Suites[I]);
    if (!M)
      return std::nullopt;
    Set[I] = *M;
  }
  return Set;
}

constexpr CipherWeakness weaknessOrder[] = {
    CipherWeakness::NoEncryption, CipherWeakness::NoAuthentication,
    CipherWeakness::Export,       CipherWeakness::Rc4,
    CipherWeakness::Des,          CipherWeakness::TripleDes,
    CipherWeakness::Md5,          CipherWeakness::NoForwardSecrecy};

bool hasWeakness(const Suite &S, CipherWeakness Kind) {
  uint64_t B = S.Bits;
  switch (Kind) {
  case CipherWeakness::NoEncryption:
    return B & eNULL;
  case CipherWeakness::NoAuthentication:
    return B & aNULL;
  case CipherWeakness::Export:
    return B & sEXPORT;
  case CipherWeakness::Rc4:
    return B & eRC4;
  case CipherWeakness::Des:
    return B & eDES;
  case CipherWeakness::TripleDes:
    return B & e3DES;
  case CipherWeakness::Md5:
    return B & mMD5;
  case CipherWeakness::NoForwardSecrecy:
    return B & (kRSA | kPSK | kRSAPSK);
  }
  return false;
}

const Suite *findSuite(llvm::StringRef Name) {
  for (const Suite &S : Suites)
    if (Name == S.Name)
      return &S;
  return nullptr;
}

} // namespace

CipherListVerdict evaluateCipherList(llvm::StringRef List) {
  CipherListVerdict Verdict;
  std::vector<size_t> Active; // in order
  SuiteSet InActive, Killed;
  llvm::StringMap<std::optional<SuiteSet>> Resolved;
  llvm::SmallVector<llvm::StringRef, 16> Elements;
  // OpenSSL separates elements with ':', ' ', ';' or ','.
  size_t Start = 0;
  for (size_t I = 0; I <= List.size(); ++I)
    if (I == List.size() || List[I] == ':' || List[I] == ' ' ||
        List[I] == ';' || List[I] == ',') {
      if (I > Start)
        Elements.push_back(List.slice(Start, I));
      Start = I + 1;
    }
  for (llvm::StringRef Element : Elements) {
    char Op = 0;
    if (Element.starts_with("!") || Element.starts_with("-") ||
        Element.starts_with("+")) {
      Op = Element[0];
      Element = Element.drop_front();
    }
    if (Element.empty() || Element.starts_with("@"))
      continue; // @STRENGTH, @SECLEVEL=n: order and policy, not membership
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    Element.split(Parts, '+', -1, /*KeepEmpty=*/false);
    SuiteSet Matching;
    Matching.set();
    bool Known = !Parts.empty();
    for (llvm::StringRef Part : Parts) {
      auto It = Resolved.try_emplace(Part, std::nullopt);
      if (It.second)
        It.first->second = resolve(Part);
      if (!It.first->second) {
        Known = false;
        break;
      }
      Matching &= *It.first->second;
    }
    if (!Known) {
      Verdict.Unknown.push_back(Element.str());
      continue;
    }
    switch (Op) {
    case 0:
      for (size_t I = 0; I < NumSuites; ++I)
        if (Matching[I] && !InActive[I] && !Killed[I]) {
          Active.push_back(I);
          InActive.set(I);
        }
      break;
    case '!':
      Killed |= Matching;
      [[fallthrough]];
    case '-':
      llvm::erase_if(Active, [&](size_t I) { return Matching[I]; });
      InActive &= ~Matching;
      break;
    case '+': {
      std::vector<size_t> Moved;
      for (size_t I : Active)
        if (Matching[I])
          Moved.push_back(I);
      llvm::erase_if(Active, [&](size_t I) { return Matching[I]; });
      Active.insert(Active.end(), Moved.begin(), Moved.end());
      break;
    }
    }
  }
  for (size_t I : Active)
    Verdict.Enabled.push_back(Suites[I].Name);
  for (CipherWeakness Kind : weaknessOrder)
    for (size_t I : Active)
      if (hasWeakness(Suites[I], Kind)) {
        Verdict.Weak.push_back({Kind, Suites[I].Name});
        break;
      }
  return Verdict;
}

llvm::StringRef describe(CipherWeakness Kind) {
  switch (Kind) {
  case CipherWeakness::NoEncryption:
    return "no encryption (eNULL)";
  case CipherWeakness::NoAuthentication:
    return "no authentication (aNULL)";
  case CipherWeakness::Export:
    return "export-grade keys (EXPORT)";
  case CipherWeakness::Rc4:
    return "RC4";
  case CipherWeakness::Des:
    return "single DES";
  case CipherWeakness::TripleDes:
    return "3DES";
  case CipherWeakness::Md5:
    return "MD5 MACs";
  case CipherWeakness::NoForwardSecrecy:
    return "no forward secrecy (RSA or PSK key exchange)";
  }
  return "";
}

llvm::StringRef exclusion(CipherWeakness Kind) {
  switch (Kind) {
  case CipherWeakness::NoEncryption:
    return "!eNULL";
  case CipherWeakness::NoAuthentication:
    return "!aNULL";
  case CipherWeakness::Export:
    return "!EXPORT";
  case CipherWeakness::Rc4:
    return "!RC4";
  case CipherWeakness::Des:
    return "!DES";
  case CipherWeakness::TripleDes:
    return "!3DES";
  case CipherWeakness::Md5:
    return "!MD5";
  case CipherWeakness::NoForwardSecrecy:
    return "!kRSA:!kPSK:!kRSAPSK";
  }
  return "";
}

std::string strengthenCipherList(llvm::StringRef List) {
  CipherListVerdict Verdict = evaluateCipherList(List);
  if (Verdict.Weak.empty() || !Verdict.Unknown.empty())
    return "";
  std::string Result = List.rtrim(": ").str();
  for (const WeakCiphers &W : Verdict.Weak) {
    if (W.Kind != CipherWeakness::NoForwardSecrecy) {
      Result += ":" + exclusion(W.Kind).str();
      continue;
    }
    // Only the key exchanges actually enabled.
    for (const auto &[Bit, Text] :
         {std::pair<uint64_t, const char *>{kRSA, "!kRSA"},
          {kPSK, "!kPSK"},
          {kRSAPSK, "!kRSAPSK"}})
      if (llvm::any_of(Verdict.Enabled, [&, Bit = Bit](const std::string &N) {
            const Suite *S = findSuite(N);
            return S && (S->Bits & Bit);
          }))
        Result += std::string(":") + Text;
  }
  CipherListVerdict After = evaluateCipherList(Result);
  if (After.Enabled.empty() || !After.Weak.empty())
    return "";
  return Result;
}

} // namespace transit
