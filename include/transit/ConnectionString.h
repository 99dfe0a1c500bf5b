//===- transit/ConnectionString.h - URLs and connection strings -*- C++ -*-===//
//
// Parsers for the connection strings the site checks read (URLs with several
// hosts, libpq's two conninfo forms), keeping where each value was written so
// that a fix-it can edit the string in place. No Clang here: the parsers are
// unit-tested and fuzzed on their own (test/unit, test/fuzz).
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_CONNECTIONSTRING_H
#define TRANSIT_CONNECTIONSTRING_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace transit {

/// An edit of a string's contents: replace [Offset, Offset + Length) by Text.
struct TextEdit {
  size_t Offset = 0;
  size_t Length = 0;
  std::string Text;
};

/// One parameter, decoded, with the raw span of its value in the input.
struct ConnParam {
  std::string Key;
  std::string Value;
  size_t ValueOffset = 0;
  size_t ValueLength = 0;
};

struct HostSpec {
  std::string Host; ///< decoded; IPv6 literals without brackets
  std::string Port; ///< empty when not given
};

/// `scheme://[userinfo@]host[:port][,host[:port]...][/path][?query][#fragment]`
/// (several hosts, as PostgreSQL, MongoDB and others allow).
struct Url {
  std::string Scheme; ///< lower case
  std::string UserInfo;
  std::vector<HostSpec> Hosts;
  std::string Path; ///< decoded, without the leading '/'
  std::vector<ConnParam> Query;
  size_t PathOffset = 0; ///< where the path (or '?', or the end) starts
  size_t QueryOffset = std::string::npos; ///< offset of '?'
  size_t End = 0;                         ///< end of the URL, before any '#'

  /// The last query parameter named \p Key (ASCII case-insensitive when
  /// \p IgnoreCase), or null.
  const ConnParam *param(llvm::StringRef Key, bool IgnoreCase = false) const;
};

/// Parses \p Text as a URL; std::nullopt when it is not `scheme://...` or is
/// malformed (bad percent-encoding, unclosed IPv6 bracket).
std::optional<Url> parseUrl(llvm::StringRef Text);

/// The edit that adds `Key=Value` to the query of \p U, written in \p Text,
/// with the separator it needs ('?' or '&'; "/?" when \p SlashBeforeQuery
/// and the URL has no path, as MongoDB requires).
TextEdit addQueryParam(llvm::StringRef Text, const Url &U, llvm::StringRef Key,
                       llvm::StringRef Value, bool SlashBeforeQuery = false);

/// One URL of a comma-separated list (NATS servers, Kafka brokers...).
struct ListedUrl {
  size_t Offset = 0; ///< where the URL starts in the list
  Url Parsed;
};

/// The URLs of a comma-separated list; entries that are not URLs are skipped.
std::vector<ListedUrl> parseUrlList(llvm::StringRef List);

/// The edits that give every URL of \p List whose scheme is \p From the
/// scheme \p To instead (`nats://a,nats://b` -> `tls://a,tls://b`).
std::vector<TextEdit> replaceScheme(llvm::StringRef List, llvm::StringRef From,
                                    llvm::StringRef To);

/// Decodes %XX escapes; std::nullopt on a malformed escape.
std::optional<std::string> percentDecode(llvm::StringRef Text);

//===--- PostgreSQL (libpq) ----------------------------------------------===//

/// A libpq connection string in either form: `key=value ...` or a
/// `postgresql://` / `postgres://` URI.
struct PgConnInfo {
  bool IsUri = false;
  std::vector<ConnParam> Params; ///< keyword/value pairs, or the URI query
  std::vector<HostSpec> Hosts;   ///< from `host=` or the URI authority
  std::optional<Url> Uri;

  /// The last parameter named \p Key (libpq: a later one overrides).
  const ConnParam *param(llvm::StringRef Key) const;
};

/// std::nullopt when libpq would reject the string (it then never connects).
std::optional<PgConnInfo> parsePgConnInfo(llvm::StringRef Text);

enum class PgSslMode {
  Unspecified, ///< no sslmode: libpq's default is prefer
  Disable,
  Allow,
  Prefer,
  Require,
  VerifyCa,
  VerifyFull,
  Invalid, ///< a value libpq rejects
};

PgSslMode pgSslMode(const PgConnInfo &Info);
llvm::StringRef pgSslModeName(PgSslMode Mode);
/// Whether a connection with \p Mode may run without TLS.
bool isPlaintextCapable(PgSslMode Mode);

/// The edit that makes \p Text (parsed as \p Info) ask for
/// `sslmode=verify-full`: the weak value replaced, or the parameter appended
/// with the right separator (space, '?' or '&'). std::nullopt when no simple
/// edit does it (the result is re-parsed to make sure).
std::optional<TextEdit> pgRequireVerifyFull(llvm::StringRef Text,
                                            const PgConnInfo &Info);

/// \p Text with \p Edit applied.
std::string applyEdit(llvm::StringRef Text, const TextEdit &Edit);

/// Whether every host of \p Info is a Unix-domain socket directory (libpq
/// never uses TLS there). False when no host is given.
bool pgUsesOnlyUnixSockets(const PgConnInfo &Info);

//===--- ODBC ---------------------------------------------------------===//

/// An ODBC connection string (SQLDriverConnect): `key=value` attributes
/// separated by `;`, a value optionally in braces (`{a;b}`, `}}` for `}`).
/// Keys are kept as written; look them up ignoring case.
struct OdbcConnString {
  std::vector<ConnParam> Params; ///< in order; a later one overrides
  /// The last attribute named \p Key, ASCII case-insensitively, or null.
  const ConnParam *param(llvm::StringRef Key) const;
};

/// std::nullopt when the string is not one (no `=` at all, an unclosed
/// brace).
std::optional<OdbcConnString> parseOdbcConnString(llvm::StringRef Text);

/// What an ODBC connection string says about TLS, whichever driver reads
/// it: SQL Server's `Encrypt`, FreeTDS's `Encryption`, psqlODBC's and
/// MySQL Connector/ODBC's `SSLMode`; and SQL Server's
/// `TrustServerCertificate`.
struct OdbcTls {
  /// The attribute that turns encryption off (`Encrypt=no`), or null.
  const ConnParam *Off = nullptr;
  /// The value that turns it back on, for a fix-it.
  std::string On;
  /// The attribute that turns encryption on (`Encrypt=yes`,
  /// `SSLMode=verify-full`), or null.
  const ConnParam *Required = nullptr;
  /// `TrustServerCertificate=yes`: encrypted, the certificate not checked.
  const ConnParam *TrustsAnyCertificate = nullptr;
};
OdbcTls odbcTls(const OdbcConnString &S);

/// The host a gRPC target names: `host:port`, `dns:///host:port`,
/// `dns://authority/host:port`, `ipv4:1.2.3.4:port,...` (the first),
/// `ipv6:[::1]:port`, `xds:///name`; "" for local targets (`unix:`,
/// `unix-abstract:`, `vsock:`) and for what is not a target.
std::string grpcTargetHost(llvm::StringRef Target);

/// The host names of \p Hosts, in order.
std::vector<std::string> hostNames(llvm::ArrayRef<HostSpec> Hosts);

} // namespace transit

#endif // TRANSIT_CONNECTIONSTRING_H
