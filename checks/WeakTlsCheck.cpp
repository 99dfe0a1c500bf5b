//===- WeakTlsCheck.cpp - transit-weak-tls --------------------------------===//
//
// Sections: protocol versions (OpenSSL methods and min/max, libcurl, Asio,
// Poco); cipher lists (OpenSSL's language, evaluated by lib/core's
// CipherString); RSA key sizes; the other TLS libraries (wolfSSL, Mbed TLS,
// GnuTLS's priority strings, replayed by lib/core's PriorityString).
//
//===----------------------------------------------------------------------===//
#include "WeakTlsCheck.h"

#include "transit/CipherString.h"
#include "transit/HandleUse.h"
#include "transit/PriorityString.h"
#include "transit/Prose.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {
namespace {

constexpr llvm::StringLiteral NeverCarvedOut = ": weak TLS is never carved out";

// OpenSSL's values, the same from 1.0.2 to 3.x.
constexpr int64_t Tls12Version = 0x0303;
constexpr int64_t Dtls1Version = 0xFEFF, Dtls1BadVersion = 0x0100;
constexpr int64_t CtrlOptions = 32, CtrlSetMinProto = 123,
                  CtrlSetMaxProto = 124;
constexpr int64_t OpNoTls1 = 1ll << 26, OpNoTls1_1 = 1ll << 28;
// Poco::Net::Context::Protocols
constexpr int64_t PocoTls1 = 0x04, PocoTls1_1 = 0x08, PocoTls1_2 = 0x10;

/// "TLS 1.0" for a protocol version value, "" when it is not weak.
std::string weakVersionName(int64_t V) {
  switch (V) {
  case 0x0002:
    return "SSL 2.0";
  case 0x0300:
    return "SSL 3.0";
  case 0x0301:
    return "TLS 1.0";
  case 0x0302:
    return "TLS 1.1";
  case Dtls1Version:
  case Dtls1BadVersion:
    return "DTLS 1.0";
  default:
    return "";
  }
}

bool isDtls(int64_t V) { return V == Dtls1BadVersion || V >= 0xFE00; }

/// OpenSSL's fixed-version methods below TLS 1.2, and what replaces them.
llvm::StringRef legacyMethodReplacement(llvm::StringRef Name,
                                        llvm::StringRef &Version) {
  auto Suffix = [&](llvm::StringRef Prefix) {
    return Name.substr(Prefix.size()); // "_method", "_client_method", ...
  };
  for (auto [Prefix, V] :
       {std::pair<llvm::StringRef, llvm::StringRef>{"SSLv2", "SSL 2.0"},
        {"SSLv3", "SSL 3.0"},
        {"TLSv1_1", "TLS 1.1"},
        {"TLSv1", "TLS 1.0"},
        {"DTLSv1", "DTLS 1.0"}}) {
    llvm::StringRef Rest = Suffix(Prefix);
    if (!Name.starts_with(Prefix) ||
        (Rest != "_method" && Rest != "_client_method" &&
         Rest != "_server_method"))
      continue;
    Version = V;
    bool Dtls = Prefix == "DTLSv1";
    if (Rest == "_method")
      return Dtls ? "DTLS_method" : "TLS_method";
    if (Rest == "_client_method")
      return Dtls ? "DTLS_client_method" : "TLS_client_method";
    return Dtls ? "DTLS_server_method" : "TLS_server_method";
  }
  return "";
}

/// The name of the macro \p Call's callee is spelled with, if any
/// (`SSLv23_method`, a macro for TLS_method since OpenSSL 1.1).
llvm::StringRef calleeMacroName(const CallExpr *Call, const ASTContext &Ctx) {
  SourceLocation Loc = Call->getCallee()->getBeginLoc();
  if (!Loc.isMacroID())
    return "";
  return Lexer::getImmediateMacroName(Loc, Ctx.getSourceManager(),
                                      Ctx.getLangOpts());
}

/// "RC4, 3DES and no forward secrecy (...)"
std::string joinKinds(const std::vector<WeakCiphers> &Weak) {
  std::vector<std::string> Kinds;
  for (const WeakCiphers &W : Weak)
    Kinds.push_back(describe(W.Kind).str());
  return joinInProse(Kinds);
}

/// The bodies where a context's set-up may be: its function, or for a
/// member every method of its class.
llvm::SmallVector<const Stmt *, 4>
setUpBodies(const Expr *Site, const ValueDecl *Context, ASTContext &Ctx) {
  llvm::SmallVector<const Stmt *, 4> Bodies;
  if (const auto *Field = dyn_cast<FieldDecl>(Context)) {
    if (const auto *Class = dyn_cast<CXXRecordDecl>(Field->getParent()))
      for (const CXXMethodDecl *Method : Class->methods())
        if (const Stmt *Body = Method->getBody())
          Bodies.push_back(Body);
    return Bodies;
  }
  if (const Stmt *Body = enclosingBody(Site, Ctx))
    Bodies.push_back(Body);
  return Bodies;
}

/// Whether \p Call, made on a context, raises its protocol floor to TLS 1.2.
bool raisesFloor(const CallExpr *Call, ASTContext &Ctx) {
  llvm::StringRef Name = calleeName(Call);
  auto Arg = [&](unsigned I) -> std::optional<int64_t> {
    return I < Call->getNumArgs() ? constantInt(Call->getArg(I), Ctx)
                                  : std::nullopt;
  };
  auto DropsOld = [](std::optional<int64_t> Options) {
    return Options && (*Options & OpNoTls1) && (*Options & OpNoTls1_1);
  };
  if (Name == "SSL_CTX_ctrl" || Name == "SSL_ctrl") {
    auto Ctrl = Arg(1), Value = Arg(2);
    if (Ctrl == CtrlSetMinProto)
      return Value && *Value >= Tls12Version && !isDtls(*Value);
    return Ctrl == CtrlOptions && DropsOld(Value);
  }
  if (Name == "SSL_CTX_set_min_proto_version" ||
      Name == "SSL_set_min_proto_version") {
    auto Value = Arg(1);
    return Value && *Value >= Tls12Version && !isDtls(*Value);
  }
  if (Name == "SSL_CTX_set_options" || Name == "SSL_set_options")
    return DropsOld(Arg(1));
  if (Name == "set_options") // Asio
    return DropsOld(Arg(0));
  if (Name == "requireMinimumProtocol") { // Poco
    auto P = Arg(0);
    return P && *P >= PocoTls1_2;
  }
  if (Name == "disableProtocols") {
    auto P = Arg(0);
    return P && (*P & PocoTls1) && (*P & PocoTls1_1);
  }
  return false;
}

} // namespace

void WeakTlsCheck::registerSiteMatchers(SiteMatchers &Sites) {
  Sites.add(
      callExpr(
          callee(functionDecl(hasAnyName(
              // protocol versions
              "::SSLv2_method", "::SSLv2_client_method",
              "::SSLv2_server_method", "::SSLv3_method",
              "::SSLv3_client_method", "::SSLv3_server_method",
              "::TLSv1_method", "::TLSv1_client_method",
              "::TLSv1_server_method", "::TLSv1_1_method",
              "::TLSv1_1_client_method", "::TLSv1_1_server_method",
              "::DTLSv1_method", "::DTLSv1_client_method",
              "::DTLSv1_server_method", "::TLS_method", "::TLS_client_method",
              "::TLS_server_method", "::SSL_CTX_ctrl", "::SSL_ctrl",
              "::SSL_CTX_set_min_proto_version",
              "::SSL_CTX_set_max_proto_version", "::SSL_set_min_proto_version",
              "::SSL_set_max_proto_version", "::curl_easy_setopt",
              // cipher lists
              "::SSL_CTX_set_cipher_list", "::SSL_set_cipher_list",
              // key sizes
              "::RSA_generate_key_ex", "::RSA_generate_key",
              "::EVP_PKEY_CTX_set_rsa_keygen_bits", "::EVP_PKEY_Q_keygen"))))
          .bind("c-call"));
  Sites.add(
      callExpr(callee(functionDecl(hasAnyName(
                   // wolfSSL (its OpenSSL compatibility macros call these too)
                   "::wolfSSLv3_method", "::wolfSSLv3_client_method",
                   "::wolfSSLv3_server_method", "::wolfTLSv1_method",
                   "::wolfTLSv1_client_method", "::wolfTLSv1_server_method",
                   "::wolfTLSv1_1_method", "::wolfTLSv1_1_client_method",
                   "::wolfTLSv1_1_server_method", "::wolfDTLSv1_method",
                   "::wolfDTLSv1_client_method", "::wolfDTLSv1_server_method",
                   "::wolfSSL_CTX_SetMinVersion", "::wolfSSL_SetMinVersion",
                   "::wolfSSL_CTX_set_min_proto_version",
                   "::wolfSSL_CTX_set_max_proto_version",
                   "::wolfSSL_set_min_proto_version",
                   "::wolfSSL_set_max_proto_version",
                   "::wolfSSL_CTX_set_cipher_list", "::wolfSSL_set_cipher_list",
                   // Mbed TLS 2
                   "::mbedtls_ssl_conf_min_version",
                   "::mbedtls_ssl_conf_max_version",
                   // GnuTLS
                   "::gnutls_priority_init", "::gnutls_priority_init2",
                   "::gnutls_priority_set_direct",
                   "::gnutls_set_default_priority_append",
                   // libmosquitto
                   "::mosquitto_tls_opts_set"))))
          .bind("tls-library-call"));
  Sites.add(kafkaConfSet().bind("kafka"));

  auto AsioContext = cxxRecordDecl(
      hasAnyName("::boost::asio::ssl::context", "::asio::ssl::context"));
  Sites.add(
      cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(AsioContext))),
                       argumentCountIs(1), unless(isExpansionInSystemHeader()),
                       hasArgument(0, hasType(enumDecl())))
          .bind("asio-context"));
  Sites.add(callExpr(callee(functionDecl(
                         hasAnyName("::std::make_shared", "::std::make_unique",
                                    "::boost::make_shared"),
                         hasTemplateArgument(
                             0, refersToType(hasDeclaration(AsioContext))))),
                     argumentCountIs(1))
                .bind("asio-context-made"));

  Sites.add(
      cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(
                           cxxRecordDecl(hasName("::Poco::Net::Context"))))),
                       unless(isExpansionInSystemHeader()))
          .bind("poco-context"));
  // Drogon: addListener(ip, port, useSSL, cert, key, useOldTLS).
  Sites.add(drogonAddListener().bind("drogon-listener"));
  // Qt Network: the protocol of a configuration, socket or DTLS object.
  Sites.add(cxxMemberCallExpr(
                callee(cxxMethodDecl(
                    hasName("setProtocol"),
                    ofClass(hasAnyName("::QSslConfiguration", "::QSslSocket",
                                       "::QDtls", "::QSslServer")))),
                argumentCountIs(1), unless(isExpansionInSystemHeader()))
                .bind("qt-protocol"));
  Sites.add(cxxOperatorCallExpr(
                hasOverloadedOperatorName("="),
                hasArgument(0, memberExpr(member(fieldDecl(
                                   hasName("cipherList"),
                                   hasDeclContext(cxxRecordDecl(hasName(
                                       "::Poco::Net::Context::Params"))))))))
                .bind("poco-cipher-list"));
}

void WeakTlsCheck::check(const MatchFinder::MatchResult &Result) {
  const auto &Nodes = Result.Nodes;
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("c-call"))
    return checkFunctionCall(Result, Call);
  if (const auto *Call =
          Nodes.getNodeAs<CXXMemberCallExpr>("drogon-listener")) {
    if (Call->getNumArgs() < 6 || isa<CXXDefaultArgExpr>(Call->getArg(5)))
      return;
    auto UseSsl = constantInt(Call->getArg(2), *Result.Context);
    auto Old = constantInt(Call->getArg(5), *Result.Context);
    if (!UseSsl || !*UseSsl || !Old || !*Old)
      return;
    Finding F;
    F.Site = Call;
    F.Message = ("'drogon::HttpAppFramework::addListener' with useOldTLS "
                 "allows TLS 1.0 and 1.1, which have known attacks and lack "
                 "modern cipher suites; pass useOldTLS = false" +
                 NeverCarvedOut)
                    .str();
    fixValue(F, Call->getArg(5), "false", *Result.Context);
    return report(Result, std::move(F));
  }
  if (const auto *Call = Nodes.getNodeAs<CXXMemberCallExpr>("qt-protocol"))
    return checkQtProtocol(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("tls-library-call"))
    return checkTlsLibraryCall(Result, Call);
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("kafka")) {
    auto Property = kafkaProperty(Call);
    auto Key = Property ? constantString(Property->Name, *Result.Context)
                        : std::nullopt;
    if (Key &&
        llvm::StringRef(Key->Value).equals_insensitive("ssl.cipher.suites"))
      checkCipherList(Result, Call, Property->Api, Property->Value);
    return;
  }
  if (const auto *Construct = Nodes.getNodeAs<CXXConstructExpr>("asio-context"))
    return checkAsioContext(Result, Construct, Construct->getArg(0));
  if (const auto *Call = Nodes.getNodeAs<CallExpr>("asio-context-made"))
    return checkAsioContext(Result, Call, Call->getArg(0));
  if (const auto *Construct = Nodes.getNodeAs<CXXConstructExpr>("poco-context"))
    return checkPocoContext(Result, Construct);
  if (const auto *Assign =
          Nodes.getNodeAs<CXXOperatorCallExpr>("poco-cipher-list"))
    return checkCipherList(Result, Assign,
                           "Poco::Net::Context::Params::cipherList",
                           Assign->getArg(1));
}

//===----------------------------------------------------------------------===//
// Protocol versions
//===----------------------------------------------------------------------===//

void WeakTlsCheck::reportFixedVersionMethod(const MatchResult &Result,
                                            const CallExpr *Call,
                                            llvm::StringRef Version,
                                            llvm::StringRef Replacement,
                                            llvm::StringRef Floor) {
  Finding F;
  F.Site = Call;
  F.Message =
      ("'" + calleeName(Call) + "' speaks only " + Version +
       ", which has known attacks and lacks modern cipher suites; use " +
       Replacement + Floor + NeverCarvedOut)
          .str();
  fixName(F, Call->getCallee(), Replacement, *Result.SourceManager);
  report(Result, std::move(F));
}

void WeakTlsCheck::checkFunctionCall(const MatchResult &Result,
                                     const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  llvm::StringRef Name = calleeName(Call);
  llvm::StringRef Version;
  if (llvm::StringRef Replacement = legacyMethodReplacement(Name, Version);
      !Replacement.empty()) {
    return reportFixedVersionMethod(
        Result, Call, Version, Replacement,
        " (with SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) where the "
        "library's floor is lower)");
  }
  if (Name == "TLS_method" || Name == "TLS_client_method" ||
      Name == "TLS_server_method") {
    llvm::StringRef Macro = calleeMacroName(Call, Ctx);
    if (!Macro.starts_with("SSLv23"))
      return; // the modern name: its floor is the library's policy
    // SSL_CTX_new(SSLv23_method()): the context it makes.
    const ValueDecl *Context = nullptr;
    const auto Parents = Ctx.getParents(*Call);
    for (const auto &Parent : Parents)
      if (const auto *New = Parent.get<CallExpr>())
        if (calleeName(New) == "SSL_CTX_new")
          Context = storedIn(New, Ctx);
    if (!Context)
      return; // made elsewhere, or returned: its floor may be set there
    return checkFlexible(
        Result, Call, Context,
        ("'" + Macro + "' (the old name of " + Name +
         ") accepts every protocol version the library allows, TLS 1.0 and "
         "1.1 included, and nothing here sets a minimum; call "
         "SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION)" +
         NeverCarvedOut)
            .str());
  }
  if (Name == "SSL_CTX_ctrl" || Name == "SSL_ctrl") {
    if (Call->getNumArgs() != 4)
      return;
    auto Ctrl = constantInt(Call->getArg(1), Ctx);
    if (Ctrl != CtrlSetMinProto && Ctrl != CtrlSetMaxProto)
      return;
    bool Min = *Ctrl == CtrlSetMinProto;
    std::string Api = (Name == "SSL_ctrl" ? "SSL_set_" : "SSL_CTX_set_");
    Api += Min ? "min_proto_version" : "max_proto_version";
    return checkProtoVersion(Result, Call, Api, Min, Call->getArg(2));
  }
  if (Name.ends_with("_proto_version") && Call->getNumArgs() == 2)
    return checkProtoVersion(Result, Call, Name, Name.contains("_min_"),
                             Call->getArg(1));
  if (Name == "curl_easy_setopt" && Call->getNumArgs() == 3)
    return checkCurl(Result, Call);
  if ((Name == "SSL_CTX_set_cipher_list" || Name == "SSL_set_cipher_list") &&
      Call->getNumArgs() == 2)
    return checkCipherList(Result, Call, Name, Call->getArg(1));
  if (Name == "RSA_generate_key_ex" && Call->getNumArgs() == 4)
    return checkRsaBits(Result, Call, Name, Call->getArg(1));
  if (Name == "RSA_generate_key" && Call->getNumArgs() >= 1)
    return checkRsaBits(Result, Call, Name, Call->getArg(0));
  if (Name == "EVP_PKEY_CTX_set_rsa_keygen_bits" && Call->getNumArgs() == 2)
    return checkRsaBits(Result, Call, Name, Call->getArg(1));
  if (Name == "EVP_PKEY_Q_keygen" && Call->getNumArgs() >= 4) {
    // EVP_RSA_gen(bits) is EVP_PKEY_Q_keygen(NULL, NULL, "RSA",
    // (size_t)(0 + (bits))).
    auto Type = constantString(Call->getArg(2), Ctx);
    if (!Type || Type->Value != "RSA")
      return;
    const Expr *Bits = Call->getArg(3)->IgnoreParenCasts();
    if (const auto *Plus = dyn_cast<BinaryOperator>(Bits))
      if (Plus->getOpcode() == BO_Add && constantInt(Plus->getLHS(), Ctx) == 0)
        Bits = Plus->getRHS()->IgnoreParens();
    llvm::StringRef Api =
        calleeMacroName(Call, Ctx) == "EVP_RSA_gen" ? "EVP_RSA_gen" : Name;
    return checkRsaBits(Result, Call, Api, Bits);
  }
}

void WeakTlsCheck::checkProtoVersion(const MatchResult &Result,
                                     const CallExpr *Call, llvm::StringRef Api,
                                     bool Minimum, const Expr *Value) {
  auto V = constantInt(Value, *Result.Context);
  if (!V)
    return;
  Finding F;
  F.Site = Call;
  std::string Version = weakVersionName(*V);
  bool Dtls = isDtls(*V);
  llvm::StringRef Good = Dtls ? "DTLS1_2_VERSION" : "TLS1_2_VERSION";
  if (Minimum && *V == 0) {
    F.Message = ("'" + Api +
                 "' sets no minimum, so every protocol version the library "
                 "allows is accepted, TLS 1.0 and 1.1 included; use " +
                 Good + NeverCarvedOut)
                    .str();
  } else if (Minimum && !Version.empty()) {
    F.Message = ("'" + Api + "' allows " + Version +
                 ", which has known attacks and lacks modern cipher suites; "
                 "use " +
                 Good + NeverCarvedOut)
                    .str();
  } else if (!Minimum && !Version.empty()) {
    F.Message = ("'" + Api + "' caps the protocol at " + Version +
                 ", so TLS 1.2 and later are never used; use 0 (the highest "
                 "the library supports)" +
                 NeverCarvedOut)
                    .str();
    Good = "0";
  } else {
    return;
  }
  fixValue(F, Value, Good, *Result.Context);
  report(Result, std::move(F));
}

void WeakTlsCheck::checkCurl(const MatchResult &Result, const CallExpr *Call) {
  StringRef Option = enumeratorName(Call->getArg(1));
  if (Option == "CURLOPT_SSL_CIPHER_LIST" ||
      Option == "CURLOPT_PROXY_SSL_CIPHER_LIST")
    return checkCipherList(Result, Call,
                           ("curl_easy_setopt(" + Option + ")").str(),
                           Call->getArg(2));
  if (Option != "CURLOPT_SSLVERSION" && Option != "CURLOPT_PROXY_SSLVERSION")
    return;
  const Expr *Value = Call->getArg(2);
  auto V = constantInt(Value, *Result.Context);
  if (!V)
    return;
  // The low 16 bits: the minimum; the high ones: CURL_SSLVERSION_MAX_*.
  int64_t Min = *V & 0xFFFF, Max = (*V >> 16) & 0xFFFF;
  static const char *const MinNames[] = {
      "",        "TLS 1.0 (CURL_SSLVERSION_TLSv1 means 1.0 or later)",
      "SSL 2.0", "SSL 3.0",
      "TLS 1.0", "TLS 1.1"};
  Finding F;
  F.Site = Call;
  if (Min >= 1 && Min <= 5) {
    F.Message =
        ("'curl_easy_setopt' sets " + Option + " to allow " + MinNames[Min] +
         ", which has known attacks and lacks modern cipher suites; "
         "use CURL_SSLVERSION_TLSv1_2" +
         NeverCarvedOut)
            .str();
    if (Max == 0)
      fixValue(F, Value, "CURL_SSLVERSION_TLSv1_2", *Result.Context);
  } else if (Max == 4 || Max == 5) {
    F.Message = ("'curl_easy_setopt' caps " + Option + " at " +
                 (Max == 4 ? "TLS 1.0" : "TLS 1.1") +
                 ", so TLS 1.2 and later are never used; use "
                 "CURL_SSLVERSION_MAX_DEFAULT" +
                 NeverCarvedOut)
                    .str();
  } else {
    return;
  }
  report(Result, std::move(F));
}

void WeakTlsCheck::checkAsioContext(const MatchResult &Result, const Expr *Site,
                                    const Expr *Method) {
  llvm::StringRef Name = enumeratorName(Method);
  if (Name.empty())
    return;
  llvm::StringRef Base = Name.take_until([](char C) { return C == '_'; });
  llvm::StringRef Role = Name.drop_front(Base.size()); // "", _client, _server
  if (Base == "sslv2" || Base == "sslv3" || Base == "tlsv1" ||
      Base == "tlsv11") {
    llvm::StringRef Version = Base == "sslv2"   ? "SSL 2.0"
                              : Base == "sslv3" ? "SSL 3.0"
                              : Base == "tlsv1" ? "TLS 1.0"
                                                : "TLS 1.1";
    std::string Good = ("tlsv12" + Role).str();
    Finding F;
    F.Site = Site;
    F.Message = ("'ssl::context::" + Name + "' speaks only " + Version +
                 ", which has known attacks and lacks modern cipher suites; "
                 "use " +
                 Good + NeverCarvedOut)
                    .str();
    fixName(F, Method, Good, *Result.SourceManager);
    return report(Result, std::move(F));
  }
  if (Base != "sslv23" && Base != "tls")
    return;
  const ValueDecl *Context = storedIn(Site, *Result.Context);
  if (!Context)
    return;
  checkFlexible(Result, Site, Context,
                ("'ssl::context::" + Name +
                 "' accepts every protocol version the library allows, TLS "
                 "1.0 and 1.1 included, and nothing here sets no_tlsv1 | "
                 "no_tlsv1_1; call set_options(ssl::context::no_tlsv1 | "
                 "ssl::context::no_tlsv1_1) on it" +
                 NeverCarvedOut)
                    .str());
}

void WeakTlsCheck::checkPocoContext(const MatchResult &Result,
                                    const CXXConstructExpr *Construct) {
  // An explicit cipher list (not the default argument).
  for (unsigned I = 0; I < Construct->getNumArgs(); ++I) {
    const ParmVarDecl *Param = Construct->getConstructor()->getParamDecl(I);
    if (Param->getName() == "cipherList" &&
        !isa<CXXDefaultArgExpr>(Construct->getArg(I)))
      // Reported at the list: the usage may be reported at the constructor.
      checkCipherList(Result, Construct->getArg(I), "Poco::Net::Context",
                      Construct->getArg(I));
  }
  if (Construct->getNumArgs() < 2)
    return;
  const Expr *Usage = Construct->getArg(0);
  llvm::StringRef Name = enumeratorName(Usage);
  for (auto [Weak, Version] :
       {std::pair<llvm::StringRef, llvm::StringRef>{"TLSV1_1_", "TLS 1.1"},
        {"TLSV1_", "TLS 1.0"}}) {
    if (!Name.starts_with(Weak) || Name.starts_with("TLSV1_2") ||
        Name.starts_with("TLSV1_3"))
      continue;
    std::string Good = ("TLSV1_2_" + Name.drop_front(Weak.size())).str();
    Finding F;
    F.Site = Construct;
    F.Message =
        ("'Poco::Net::Context' with " + Name + " speaks only " + Version +
         ", which has known attacks and lacks modern cipher suites; "
         "use " +
         Good + NeverCarvedOut)
            .str();
    fixName(F, Usage, Good, *Result.SourceManager);
    return report(Result, std::move(F));
  }
  if (Name != "CLIENT_USE" && Name != "SERVER_USE" &&
      Name != "TLS_CLIENT_USE" && Name != "TLS_SERVER_USE")
    return;
  const ValueDecl *Context = storedIn(Construct, *Result.Context);
  if (!Context)
    return;
  checkFlexible(Result, Construct, Context,
                ("'Poco::Net::Context' with " + Name +
                 " accepts every protocol version the library allows, TLS 1.0 "
                 "and 1.1 included, and nothing here raises the minimum; call "
                 "requireMinimumProtocol(Context::PROTO_TLSV1_2) on it" +
                 NeverCarvedOut)
                    .str());
}

void WeakTlsCheck::checkFlexible(const MatchResult &Result, const Expr *Site,
                                 const ValueDecl *Context,
                                 std::string Message) {
  ASTContext &Ctx = *Result.Context;
  for (const Stmt *Body : setUpBodies(Site, Context, Ctx))
    for (const CallExpr *Call : callsOnHandle(Body, Context, Ctx))
      if (raisesFloor(Call, Ctx))
        return;
  Finding F;
  F.Site = Site;
  F.Message = std::move(Message);
  report(Result, std::move(F));
}

//===----------------------------------------------------------------------===//
// Cipher lists
//===----------------------------------------------------------------------===//

void WeakTlsCheck::checkCipherList(const MatchResult &Result, const Expr *Site,
                                   llvm::StringRef Api, const Expr *List) {
  ASTContext &Ctx = *Result.Context;
  auto Text = constantString(List, Ctx);
  if (!Text)
    return;
  CipherListVerdict Verdict = evaluateCipherList(Text->Value);
  if (Verdict.Weak.empty())
    return;
  Finding F;
  F.Site = Site;
  F.Message = ("'" + Api + "' enables cipher suites with " +
               joinKinds(Verdict.Weak) + " (" + Verdict.Weak.front().Example +
               ", for one); exclude them or list ECDHE/DHE AEAD suites only "
               "(\"ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM\")" +
               NeverCarvedOut)
                  .str();
  std::string Fixed = strengthenCipherList(Text->Value);
  // Appending keeps the literal's layout (concatenated pieces, say).
  if (llvm::StringRef(Fixed).starts_with(Text->Value))
    editString(
        F, *Text,
        {TextEdit{Text->Value.size(), 0, Fixed.substr(Text->Value.size())}},
        Ctx, "cipher list");
  else if (!Fixed.empty())
    editString(F, *Text, {TextEdit{0, Text->Value.size(), Fixed}}, Ctx,
               "cipher list");
  else if (Text->Variable)
    F.Notes.push_back(
        {Text->Literal->getBeginLoc(), "cipher list defined here"});
  report(Result, std::move(F));
}

//===----------------------------------------------------------------------===//
// Key sizes
//===----------------------------------------------------------------------===//

void WeakTlsCheck::checkRsaBits(const MatchResult &Result, const CallExpr *Call,
                                llvm::StringRef Api, const Expr *Bits) {
  auto V = constantInt(Bits, *Result.Context);
  if (!V || *V >= 2048 || *V <= 0)
    return;
  Finding F;
  F.Site = Call;
  F.Message = ("'" + Api + "' makes a " + std::to_string(*V) +
               "-bit RSA key; keys below 2048 bits are within reach of a "
               "well-funded attacker; use 2048 or more" +
               NeverCarvedOut)
                  .str();
  fixValue(F, Bits, "2048", *Result.Context);
  report(Result, std::move(F));
}

//===----------------------------------------------------------------------===//
// The other TLS libraries
//===----------------------------------------------------------------------===//

namespace {

/// wolfSSL's fixed-version methods below TLS 1.2 ("wolfTLSv1_client_method")
/// and the flexible method that replaces each; "" for any other name.
llvm::StringRef wolfMethodReplacement(llvm::StringRef Name,
                                      llvm::StringRef &Version) {
  if (!Name.consume_front("wolf"))
    return "";
  llvm::StringRef OpenSsl = legacyMethodReplacement(Name, Version);
  if (OpenSsl.empty())
    return "";
  bool Dtls = OpenSsl.starts_with("DTLS");
  if (OpenSsl.ends_with("_client_method"))
    return Dtls ? "wolfDTLSv1_2_client_method" : "wolfSSLv23_client_method";
  if (OpenSsl.ends_with("_server_method"))
    return Dtls ? "wolfDTLSv1_2_server_method" : "wolfSSLv23_server_method";
  return Dtls ? "wolfDTLSv1_2_method" : "wolfSSLv23_method";
}

/// wolfSSL_CTX_SetMinVersion's values (WOLFSSL_SSLV3 ... WOLFSSL_DTLSV1_3).
llvm::StringRef wolfVersionName(int64_t V) {
  switch (V) {
  case 0:
    return "SSL 3.0";
  case 1:
    return "TLS 1.0";
  case 2:
    return "TLS 1.1";
  case 5:
    return "DTLS 1.0";
  default:
    return "";
  }
}

} // namespace

void WeakTlsCheck::checkTlsLibraryCall(const MatchResult &Result,
                                       const CallExpr *Call) {
  ASTContext &Ctx = *Result.Context;
  llvm::StringRef Name = calleeName(Call);
  auto Arg = [&](unsigned I) -> const Expr * {
    return I < Call->getNumArgs() ? Call->getArg(I) : nullptr;
  };
  llvm::StringRef Version;
  if (llvm::StringRef Replacement = wolfMethodReplacement(Name, Version);
      !Replacement.empty())
    return reportFixedVersionMethod(
        Result, Call, Version, Replacement,
        Replacement.starts_with("wolfSSLv23")
            ? " with wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2)"
            : "");
  if (Name == "wolfSSL_CTX_SetMinVersion" || Name == "wolfSSL_SetMinVersion") {
    auto V = Arg(1) ? constantInt(Arg(1), Ctx) : std::nullopt;
    if (!V || wolfVersionName(*V).empty())
      return;
    bool Dtls = *V == 5;
    Finding F;
    F.Site = Call;
    F.Message =
        ("'" + Name + "' allows " + wolfVersionName(*V) +
         ", which has known attacks and lacks modern cipher suites; "
         "use " +
         (Dtls ? "WOLFSSL_DTLSV1_2" : "WOLFSSL_TLSV1_2") + NeverCarvedOut)
            .str();
    fixValue(F, Arg(1), Dtls ? "WOLFSSL_DTLSV1_2" : "WOLFSSL_TLSV1_2", Ctx);
    return report(Result, std::move(F));
  }
  if (Name.ends_with("_proto_version") && Call->getNumArgs() == 2)
    return checkProtoVersion(Result, Call, Name, Name.contains("_min_"),
                             Call->getArg(1));
  if (Name.ends_with("_cipher_list") && Call->getNumArgs() == 2)
    return checkCipherList(Result, Call, Name, Call->getArg(1));
  if (Name.starts_with("mbedtls_ssl_conf_") && Call->getNumArgs() == 3)
    return checkMbedTlsVersion(Result, Call, Name);
  if (Name == "mosquitto_tls_opts_set" && Call->getNumArgs() == 4)
    return checkMosquittoTlsOpts(Result, Call);
  if (Name.starts_with("gnutls_") && Call->getNumArgs() >= 2)
    return checkGnutlsPriorities(Result, Call, Name, Call->getArg(1));
}

void WeakTlsCheck::checkQtProtocol(const MatchResult &Result,
                                   const CXXMemberCallExpr *Call) {
  // QSsl::SslProtocol: the versions below TLS 1.2 (Qt 5's SSL ones too).
  llvm::StringRef Protocol = enumeratorName(Call->getArg(0));
  llvm::StringRef Version = llvm::StringSwitch<llvm::StringRef>(Protocol)
                                .Case("SslV2", "SSL 2.0")
                                .Case("SslV3", "SSL 3.0")
                                .Case("TlsV1SslV3", "SSL 3.0")
                                .Case("TlsV1_0", "TLS 1.0")
                                .Case("TlsV1", "TLS 1.0")
                                .Case("TlsV1_0OrLater", "TLS 1.0")
                                .Case("TlsV1_1", "TLS 1.1")
                                .Case("TlsV1_1OrLater", "TLS 1.1")
                                .Case("DtlsV1_0", "DTLS 1.0")
                                .Case("DtlsV1_0OrLater", "DTLS 1.0")
                                .Default("");
  if (Version.empty())
    return;
  bool Dtls = Protocol.starts_with("Dtls");
  llvm::StringRef Good = Dtls ? "DtlsV1_2OrLater" : "TlsV1_2OrLater";
  const CXXMethodDecl *Method = Call->getMethodDecl();
  Finding F;
  F.Site = Call;
  F.Message =
      ("'" + Method->getParent()->getName() + "::setProtocol' " +
       (Protocol.ends_with("OrLater") ? "allows " : "speaks only ") + Version +
       ", which has known attacks and lacks modern cipher suites; use "
       "QSsl::" +
       Good + NeverCarvedOut)
          .str();
  fixName(F, Call->getArg(0), Good, *Result.SourceManager);
  report(Result, std::move(F));
}

void WeakTlsCheck::checkMosquittoTlsOpts(const MatchResult &Result,
                                         const CallExpr *Call) {
  // mosquitto_tls_opts_set(m, cert_reqs, tls_version, ciphers): the version
  // is "tlsv1.3", "tlsv1.2" (the default), "tlsv1.1" or "tlsv1"; the
  // ciphers are an OpenSSL cipher list.
  ASTContext &Ctx = *Result.Context;
  if (auto Version = constantString(Call->getArg(2), Ctx)) {
    llvm::StringRef V = llvm::StringRef(Version->Value).trim();
    llvm::StringRef Name = V.equals_insensitive("tlsv1")     ? "TLS 1.0"
                           : V.equals_insensitive("tlsv1.1") ? "TLS 1.1"
                                                             : "";
    if (!Name.empty()) {
      Finding F;
      F.Site = Call;
      F.Message = ("'mosquitto_tls_opts_set' asks for " + Name +
                   ", which has known attacks and lacks modern cipher "
                   "suites; use \"tlsv1.2\"" +
                   NeverCarvedOut)
                      .str();
      editString(F, *Version, {TextEdit{0, Version->Value.size(), "tlsv1.2"}},
                 Ctx, "version");
      report(Result, std::move(F));
    }
  }
  if (!isNullPointer(Call->getArg(3), Ctx))
    checkCipherList(Result, Call, "mosquitto_tls_opts_set", Call->getArg(3));
}

void WeakTlsCheck::checkMbedTlsVersion(const MatchResult &Result,
                                       const CallExpr *Call,
                                       llvm::StringRef Api) {
  // mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, minor):
  // minor 0 is SSL 3.0, 1 TLS 1.0, 2 TLS 1.1 (or, over DTLS, DTLS 1.0), 3
  // TLS 1.2 (DTLS 1.2).
  ASTContext &Ctx = *Result.Context;
  auto Major = constantInt(Call->getArg(1), Ctx);
  auto Minor = constantInt(Call->getArg(2), Ctx);
  if (Major != 3 || !Minor || *Minor < 0 || *Minor > 2)
    return;
  static const char *const Names[] = {"SSL 3.0", "TLS 1.0",
                                      "TLS 1.1 (DTLS 1.0 over DTLS)"};
  bool Minimum = Api == "mbedtls_ssl_conf_min_version";
  Finding F;
  F.Site = Call;
  if (Minimum)
    F.Message = ("'" + Api + "' allows " + Names[*Minor] +
                 ", which has known attacks and lacks modern cipher suites; "
                 "use MBEDTLS_SSL_MINOR_VERSION_3" +
                 NeverCarvedOut)
                    .str();
  else
    F.Message = ("'" + Api + "' caps the protocol at " + Names[*Minor] +
                 ", so TLS 1.2 and later are never used; use "
                 "MBEDTLS_SSL_MINOR_VERSION_3 or later" +
                 NeverCarvedOut)
                    .str();
  fixValue(F, Call->getArg(2), "MBEDTLS_SSL_MINOR_VERSION_3", Ctx);
  report(Result, std::move(F));
}

void WeakTlsCheck::checkGnutlsPriorities(const MatchResult &Result,
                                         const CallExpr *Call,
                                         llvm::StringRef Api,
                                         const Expr *Priorities) {
  ASTContext &Ctx = *Result.Context;
  auto Text = constantString(Priorities, Ctx);
  if (!Text)
    return;
  PriorityVerdict Verdict = evaluatePriorityString(Text->Value);
  if (Verdict.Weak.empty())
    return;
  std::vector<std::string> Whats, Added, Removed;
  for (const PriorityElement &E : Verdict.Weak) {
    if (!llvm::is_contained(Whats, E.What))
      Whats.push_back(E.What);
    Added.push_back("+" + E.Name);
    Removed.push_back("-" + E.Name);
  }
  Finding F;
  F.Site = Call;
  F.Message =
      ("'" + Api + "' turns on " + joinInProse(Whats) + " (" +
       joinInProse(Added) + "), " +
       (Whats.size() == 1 ? "which is" : "which are") +
       " obsolete or unsafe; turn " + (Added.size() == 1 ? "it" : "them") +
       " off instead (" + joinInProse(Removed) + ")" + NeverCarvedOut)
          .str();
  // `+X` becomes `-X`: the element is turned off explicitly, whatever the
  // keyword enables. Only when a modern version is left to negotiate.
  if (Verdict.ModernRemains) {
    std::vector<TextEdit> Edits;
    for (const PriorityElement &E : Verdict.Weak)
      Edits.push_back(TextEdit{E.Offset, 1, "-"});
    editString(F, *Text, Edits, Ctx, "priority string");
  } else if (Text->Variable) {
    F.Notes.push_back(
        {Text->Literal->getBeginLoc(), "priority string defined here"});
  }
  report(Result, std::move(F));
}

} // namespace transit
