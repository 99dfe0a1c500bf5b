//===- ConnectionString.cpp - URLs and connection strings -----------------===//
#include "transit/ConnectionString.h"

#include "llvm/ADT/StringExtras.h"

namespace transit {
namespace {

bool isSpace(char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' ||
         C == '\v';
}

bool isSchemeChar(char C) {
  return llvm::isAlnum(C) || C == '+' || C == '-' || C == '.';
}

std::optional<HostSpec> parseHost(llvm::StringRef Text) {
  HostSpec H;
  llvm::StringRef Port;
  if (Text.starts_with("[")) {
    size_t Close = Text.find(']');
    if (Close == llvm::StringRef::npos)
      return std::nullopt;
    H.Host = Text.slice(1, Close).str();
    llvm::StringRef Rest = Text.substr(Close + 1);
    if (!Rest.empty() && !Rest.consume_front(":"))
      return std::nullopt;
    Port = Rest;
  } else {
    size_t Colon = Text.rfind(':');
    llvm::StringRef Host =
        Colon == llvm::StringRef::npos ? Text : Text.take_front(Colon);
    if (Colon != llvm::StringRef::npos)
      Port = Text.substr(Colon + 1);
    auto Decoded = percentDecode(Host);
    if (!Decoded)
      return std::nullopt;
    H.Host = std::move(*Decoded);
  }
  H.Port = Port.str();
  return H;
}

} // namespace

std::optional<std::string> percentDecode(llvm::StringRef Text) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] != '%') {
      Out.push_back(Text[I]);
      continue;
    }
    if (I + 2 >= Text.size())
      return std::nullopt;
    unsigned Hi = llvm::hexDigitValue(Text[I + 1]);
    unsigned Lo = llvm::hexDigitValue(Text[I + 2]);
    if (Hi == ~0U || Lo == ~0U)
      return std::nullopt;
    Out.push_back(static_cast<char>(Hi * 16 + Lo));
    I += 2;
  }
  return Out;
}

const ConnParam *Url::param(llvm::StringRef Key, bool IgnoreCase) const {
  const ConnParam *Found = nullptr;
  for (const ConnParam &P : Query)
    if (IgnoreCase ? llvm::StringRef(P.Key).equals_insensitive(Key)
                   : P.Key == Key)
      Found = &P;
  return Found;
}

std::optional<Url> parseUrl(llvm::StringRef Text) {
  size_t SchemeEnd = Text.find("://");
  if (SchemeEnd == 0 || SchemeEnd == llvm::StringRef::npos ||
      !llvm::isAlpha(Text[0]) ||
      !llvm::all_of(Text.take_front(SchemeEnd), isSchemeChar))
    return std::nullopt;
  Url U;
  U.Scheme = Text.take_front(SchemeEnd).lower();
  size_t AuthorityBegin = SchemeEnd + 3;
  size_t Hash = Text.find('#', AuthorityBegin);
  U.End = Hash == llvm::StringRef::npos ? Text.size() : Hash;
  llvm::StringRef Body = Text.slice(AuthorityBegin, U.End);
  size_t AuthorityLength = Body.find_first_of("/?");
  if (AuthorityLength == llvm::StringRef::npos)
    AuthorityLength = Body.size();
  llvm::StringRef Authority = Body.take_front(AuthorityLength);
  U.PathOffset = AuthorityBegin + AuthorityLength;

  size_t At = Authority.rfind('@');
  if (At != llvm::StringRef::npos) {
    auto User = percentDecode(Authority.take_front(At));
    if (!User)
      return std::nullopt;
    U.UserInfo = std::move(*User);
    Authority = Authority.substr(At + 1);
  }
  if (!Authority.empty()) {
    llvm::SmallVector<llvm::StringRef, 4> Hosts;
    Authority.split(Hosts, ',');
    for (llvm::StringRef H : Hosts) {
      auto Host = parseHost(H);
      if (!Host)
        return std::nullopt;
      U.Hosts.push_back(std::move(*Host));
    }
  }

  llvm::StringRef Rest = Text.slice(U.PathOffset, U.End);
  size_t Question = Rest.find('?');
  llvm::StringRef Path = Rest.take_front(Question);
  if (Path.consume_front("/")) {
    auto Decoded = percentDecode(Path);
    if (!Decoded)
      return std::nullopt;
    U.Path = std::move(*Decoded);
  }
  if (Question == llvm::StringRef::npos)
    return U;
  U.QueryOffset = U.PathOffset + Question;
  size_t Offset = U.QueryOffset + 1;
  while (Offset <= U.End) {
    size_t Amp = Text.find('&', Offset);
    if (Amp == llvm::StringRef::npos || Amp > U.End)
      Amp = U.End;
    llvm::StringRef Pair = Text.slice(Offset, Amp);
    if (!Pair.empty()) {
      auto [RawKey, RawValue] = Pair.split('=');
      auto Key = percentDecode(RawKey), Value = percentDecode(RawValue);
      if (!Key || !Value)
        return std::nullopt;
      size_t ValueOffset = Pair.contains('=') ? Offset + RawKey.size() + 1
                                              : Offset + Pair.size();
      U.Query.push_back(
          {std::move(*Key), std::move(*Value), ValueOffset, RawValue.size()});
    }
    Offset = Amp + 1;
  }
  return U;
}

std::vector<ListedUrl> parseUrlList(llvm::StringRef List) {
  std::vector<ListedUrl> Urls;
  size_t Offset = 0;
  while (Offset <= List.size()) {
    size_t Comma = List.find(',', Offset);
    if (Comma == llvm::StringRef::npos)
      Comma = List.size();
    llvm::StringRef Entry = List.slice(Offset, Comma);
    size_t Lead = Entry.size() - Entry.ltrim().size();
    if (auto U = parseUrl(Entry.trim()))
      Urls.push_back({Offset + Lead, std::move(*U)});
    Offset = Comma + 1;
  }
  return Urls;
}

std::vector<TextEdit> replaceScheme(llvm::StringRef List, llvm::StringRef From,
                                    llvm::StringRef To) {
  std::vector<TextEdit> Edits;
  for (const ListedUrl &U : parseUrlList(List))
    if (U.Parsed.Scheme == From.lower())
      Edits.push_back({U.Offset, U.Parsed.Scheme.size(), To.str()});
  return Edits;
}

TextEdit addQueryParam(llvm::StringRef Text, const Url &U, llvm::StringRef Key,
                       llvm::StringRef Value, bool SlashBeforeQuery) {
  std::string Pair = (Key + "=" + Value).str();
  if (U.QueryOffset == std::string::npos) {
    bool NoPath = U.PathOffset == U.End;
    return {U.End, 0, (NoPath && SlashBeforeQuery ? "/?" : "?") + Pair};
  }
  bool NeedsAmp = U.End - 1 != U.QueryOffset && Text[U.End - 1] != '&';
  return {U.End, 0, (NeedsAmp ? "&" : "") + Pair};
}

//===--- PostgreSQL ------------------------------------------------------===//

const ConnParam *PgConnInfo::param(llvm::StringRef Key) const {
  const ConnParam *Found = nullptr;
  for (const ConnParam &P : Params)
    if (P.Key == Key)
      Found = &P;
  return Found;
}

namespace {

void addHosts(llvm::StringRef List, std::vector<HostSpec> &Hosts) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  List.split(Parts, ',');
  for (llvm::StringRef P : Parts)
    Hosts.push_back({P.trim().str(), ""});
}

/// libpq's keyword/value form: `key = value` pairs separated by white space;
/// values may be single-quoted; a backslash escapes the next character.
std::optional<PgConnInfo> parseKeywordValue(llvm::StringRef Text) {
  PgConnInfo Info;
  size_t I = 0, N = Text.size();
  while (true) {
    while (I < N && isSpace(Text[I]))
      ++I;
    if (I == N)
      break;
    size_t KeyBegin = I;
    while (I < N && !isSpace(Text[I]) && Text[I] != '=')
      ++I;
    std::string Key = Text.slice(KeyBegin, I).str();
    while (I < N && isSpace(Text[I]))
      ++I;
    if (I == N || Text[I] != '=')
      return std::nullopt; // libpq: missing "=" after keyword
    ++I;
    while (I < N && isSpace(Text[I]))
      ++I;
    size_t ValueBegin = I;
    std::string Value;
    if (I < N && Text[I] == '\'') {
      ++I;
      bool Closed = false;
      while (I < N) {
        if (Text[I] == '\\' && I + 1 < N) {
          Value.push_back(Text[I + 1]);
          I += 2;
        } else if (Text[I] == '\'') {
          ++I;
          Closed = true;
          break;
        } else {
          Value.push_back(Text[I++]);
        }
      }
      if (!Closed)
        return std::nullopt; // libpq: unterminated quoted string
    } else {
      while (I < N && !isSpace(Text[I])) {
        if (Text[I] == '\\' && I + 1 < N) {
          Value.push_back(Text[I + 1]);
          I += 2;
        } else {
          Value.push_back(Text[I++]);
        }
      }
    }
    if (Key.empty())
      return std::nullopt;
    if (Key == "host")
      addHosts(Value, Info.Hosts);
    Info.Params.push_back(
        {std::move(Key), std::move(Value), ValueBegin, I - ValueBegin});
  }
  return Info;
}

} // namespace

std::optional<PgConnInfo> parsePgConnInfo(llvm::StringRef Text) {
  if (Text.starts_with("postgresql://") || Text.starts_with("postgres://")) {
    auto U = parseUrl(Text);
    if (!U)
      return std::nullopt;
    PgConnInfo Info;
    Info.IsUri = true;
    Info.Hosts = U->Hosts;
    Info.Params = U->Query;
    for (const ConnParam &P : Info.Params)
      if (P.Key == "host")
        addHosts(P.Value, Info.Hosts);
    Info.Uri = std::move(U);
    return Info;
  }
  return parseKeywordValue(Text);
}

PgSslMode pgSslMode(const PgConnInfo &Info) {
  if (const ConnParam *Mode = Info.param("sslmode")) {
    llvm::StringRef V = Mode->Value;
    if (V == "disable")
      return PgSslMode::Disable;
    if (V == "allow")
      return PgSslMode::Allow;
    if (V == "prefer")
      return PgSslMode::Prefer;
    if (V == "require")
      return PgSslMode::Require;
    if (V == "verify-ca")
      return PgSslMode::VerifyCa;
    if (V == "verify-full")
      return PgSslMode::VerifyFull;
    return PgSslMode::Invalid;
  }
  // `ssl=true` in a URI is libpq's alias for sslmode=require; so is the
  // deprecated `requiressl=1`.
  if (const ConnParam *Ssl = Info.param("ssl");
      Ssl && Info.IsUri && Ssl->Value == "true")
    return PgSslMode::Require;
  if (const ConnParam *Req = Info.param("requiressl"); Req && Req->Value == "1")
    return PgSslMode::Require;
  return PgSslMode::Unspecified;
}

llvm::StringRef pgSslModeName(PgSslMode Mode) {
  switch (Mode) {
  case PgSslMode::Unspecified:
    return "unspecified";
  case PgSslMode::Disable:
    return "disable";
  case PgSslMode::Allow:
    return "allow";
  case PgSslMode::Prefer:
    return "prefer";
  case PgSslMode::Require:
    return "require";
  case PgSslMode::VerifyCa:
    return "verify-ca";
  case PgSslMode::VerifyFull:
    return "verify-full";
  case PgSslMode::Invalid:
    return "invalid";
  }
  return "invalid";
}

bool isPlaintextCapable(PgSslMode Mode) {
  return Mode == PgSslMode::Unspecified || Mode == PgSslMode::Disable ||
         Mode == PgSslMode::Allow || Mode == PgSslMode::Prefer;
}

std::string applyEdit(llvm::StringRef Text, const TextEdit &Edit) {
  return Text.take_front(Edit.Offset).str() + Edit.Text +
         Text.substr(Edit.Offset + Edit.Length).str();
}

std::optional<TextEdit> pgRequireVerifyFull(llvm::StringRef Text,
                                            const PgConnInfo &Info) {
  TextEdit Edit;
  if (const ConnParam *Mode = Info.param("sslmode"))
    Edit = {Mode->ValueOffset, Mode->ValueLength, "verify-full"};
  else if (Info.IsUri && Info.Uri)
    Edit = addQueryParam(Text, *Info.Uri, "sslmode", "verify-full");
  else
    Edit = {Text.size(), 0,
            (!Text.empty() && !isSpace(Text.back()) ? " " : "") +
                std::string("sslmode=verify-full")};
  // A trailing backslash, say, would swallow what is appended: check.
  auto Fixed = parsePgConnInfo(applyEdit(Text, Edit));
  if (!Fixed || pgSslMode(*Fixed) != PgSslMode::VerifyFull)
    return std::nullopt;
  return Edit;
}

bool pgUsesOnlyUnixSockets(const PgConnInfo &Info) {
  if (Info.Hosts.empty() || Info.param("hostaddr"))
    return false;
  return llvm::all_of(Info.Hosts, [](const HostSpec &H) {
    return llvm::StringRef(H.Host).starts_with("/") ||
           llvm::StringRef(H.Host).starts_with("@");
  });
}

std::string grpcTargetHost(llvm::StringRef Target) {
  llvm::StringRef T = Target.trim();
  if (T.starts_with("unix:") || T.starts_with("unix-abstract:") ||
      T.starts_with("vsock:"))
    return "";
  if (T.consume_front("ipv4:") || T.consume_front("ipv6:")) {
    T = T.take_until([](char C) { return C == ','; });
  } else if (size_t Scheme = T.find("://"); Scheme != llvm::StringRef::npos) {
    T = T.drop_front(Scheme + 3); // dns://authority/host or xds:///name
    T = T.drop_until([](char C) { return C == '/'; });
    T.consume_front("/");
  } else {
    T.consume_front("dns:");
  }
  if (T.starts_with("[")) {
    size_t Close = T.find(']');
    return Close == llvm::StringRef::npos ? "" : T.slice(1, Close).str();
  }
  if (T.count(':') == 1)
    T = T.take_until([](char C) { return C == ':'; });
  if (T.empty() || T.contains('/') || T.contains(' '))
    return "";
  return T.str();
}

std::vector<std::string> hostNames(llvm::ArrayRef<HostSpec> Hosts) {
  std::vector<std::string> Names;
  for (const HostSpec &H : Hosts)
    Names.push_back(H.Host);
  return Names;
}

//===--- ODBC -------------------------------------------------------------===//

const ConnParam *OdbcConnString::param(llvm::StringRef Key) const {
  const ConnParam *Found = nullptr;
  for (const ConnParam &P : Params)
    if (llvm::StringRef(P.Key).equals_insensitive(Key))
      Found = &P;
  return Found;
}

std::optional<OdbcConnString> parseOdbcConnString(llvm::StringRef Text) {
  OdbcConnString S;
  size_t I = 0;
  auto IsSpace = [](char C) { return C == ' ' || C == '\t'; };
  while (I < Text.size()) {
    size_t KeyStart = I;
    size_t Eq = Text.find_first_of("=;", I);
    if (Eq == llvm::StringRef::npos || Text[Eq] == ';') {
      // `;;` or a trailing word without `=`: nothing to read there.
      if (!Text.slice(KeyStart, Eq).trim().empty() &&
          Eq == llvm::StringRef::npos && S.Params.empty())
        return std::nullopt;
      if (Eq == llvm::StringRef::npos)
        break;
      I = Eq + 1;
      continue;
    }
    ConnParam P;
    P.Key = Text.slice(KeyStart, Eq).trim().str();
    I = Eq + 1;
    while (I < Text.size() && IsSpace(Text[I]))
      ++I;
    if (I < Text.size() && Text[I] == '{') {
      // {value}, where `}}` stands for `}`
      size_t Start = ++I;
      std::string Value;
      for (;;) {
        if (I >= Text.size())
          return std::nullopt; // unclosed brace
        if (Text[I] == '}') {
          if (I + 1 < Text.size() && Text[I + 1] == '}') {
            Value += '}';
            I += 2;
            continue;
          }
          break;
        }
        Value += Text[I++];
      }
      P.Value = Value;
      P.ValueOffset = Start;
      P.ValueLength = I - Start;
      ++I; // the closing brace
      size_t Semi = Text.find(';', I);
      I = Semi == llvm::StringRef::npos ? Text.size() : Semi + 1;
    } else {
      size_t Semi = Text.find(';', I);
      size_t End = Semi == llvm::StringRef::npos ? Text.size() : Semi;
      llvm::StringRef Raw = Text.slice(I, End);
      llvm::StringRef Value = Raw.rtrim();
      P.Value = Value.str();
      P.ValueOffset = I;
      P.ValueLength = Value.size();
      I = Semi == llvm::StringRef::npos ? Text.size() : Semi + 1;
    }
    if (!P.Key.empty())
      S.Params.push_back(std::move(P));
  }
  if (S.Params.empty())
    return std::nullopt;
  return S;
}

OdbcTls odbcTls(const OdbcConnString &S) {
  OdbcTls T;
  auto Is = [](const ConnParam *P,
               std::initializer_list<llvm::StringRef> Values) {
    return P && llvm::any_of(Values, [&](llvm::StringRef V) {
             return llvm::StringRef(P->Value).trim().equals_insensitive(V);
           });
  };
  // SQL Server (Microsoft's driver 17 and 18): Encrypt=no / optional.
  if (const ConnParam *Encrypt = S.param("Encrypt")) {
    if (Is(Encrypt, {"no", "false", "optional", "0"})) {
      T.Off = Encrypt;
      T.On = "yes";
    } else if (Is(Encrypt, {"yes", "true", "mandatory", "strict", "1"})) {
      T.Required = Encrypt;
    }
  }
  // FreeTDS: encryption = off / request / require.
  if (const ConnParam *Encryption = S.param("Encryption")) {
    if (Is(Encryption, {"off"})) {
      T.Off = Encryption;
      T.On = "require";
    } else if (Is(Encryption, {"require", "strict"})) {
      T.Required = Encryption;
    }
  }
  // psqlODBC (libpq's modes) and MySQL Connector/ODBC (DISABLED ...).
  if (const ConnParam *Mode = S.param("SSLMode")) {
    if (Is(Mode, {"disable", "allow"})) {
      T.Off = Mode;
      T.On = "verify-full";
    } else if (Is(Mode, {"disabled"})) {
      T.Off = Mode;
      T.On = "VERIFY_IDENTITY";
    } else if (Is(Mode, {"require", "verify-ca", "verify-full", "required",
                         "verify_ca", "verify_identity"})) {
      T.Required = Mode;
    }
  }
  if (Is(S.param("TrustServerCertificate"), {"yes", "true", "1"}))
    T.TrustsAnyCertificate = S.param("TrustServerCertificate");
  return T;
}

} // namespace transit
