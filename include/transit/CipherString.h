//===- transit/CipherString.h - OpenSSL cipher-list strings -----*- C++ -*-===//
//
// SSL_CTX_set_cipher_list, CURLOPT_SSL_CIPHER_LIST, Poco's cipherList and
// librdkafka's ssl.cipher.suites take OpenSSL's cipher-list language:
// `HIGH:!aNULL:!MD5`, `ECDHE+AESGCM:EDH+AESGCM`, `ALL:-RC4:+3DES`. This
// evaluates such a string the way OpenSSL does (add, `-` remove, `!` kill
// for good, `+` move to the end; `A+B` intersects; `@...` commands ignored)
// over a table of the TLS 1.2-and-earlier suites that matter, and says which
// weak kinds of suite the result enables. TLS 1.3 suites are set elsewhere
// (SSL_CTX_set_ciphersuites) and are all strong. No Clang here.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_CIPHERSTRING_H
#define TRANSIT_CIPHERSTRING_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace transit {

/// The weak kinds of cipher suite, in the order messages name them.
enum class CipherWeakness {
  NoEncryption,     ///< eNULL
  NoAuthentication, ///< aNULL (anonymous DH / ECDH)
  Export,           ///< EXPORT
  Rc4,              ///< RC4
  Des,              ///< single DES
  TripleDes,        ///< 3DES
  Md5,              ///< MD5 MAC
  NoForwardSecrecy  ///< RSA or plain-PSK key exchange
};

struct WeakCiphers {
  CipherWeakness Kind;
  /// One enabled suite of that kind, for the message.
  std::string Example;
};

struct CipherListVerdict {
  /// The suites the string enables, in order (OpenSSL names).
  std::vector<std::string> Enabled;
  /// The weak kinds among them, each once, in CipherWeakness order.
  std::vector<WeakCiphers> Weak;
  /// Element names the table does not know (OpenSSL ignores them too, but
  /// a suite missing from the table may be behind one).
  std::vector<std::string> Unknown;
};

/// Evaluates \p List as OpenSSL would.
CipherListVerdict evaluateCipherList(llvm::StringRef List);

/// "NULL encryption", "anonymous key exchange (no authentication)", ...
llvm::StringRef describe(CipherWeakness Kind);
/// The exclusion that removes that kind: "!eNULL", "!aNULL", "!kRSA:!kPSK"...
llvm::StringRef exclusion(CipherWeakness Kind);

/// \p List with exclusions appended for every weak kind it enables (`:!RC4`
/// ...), when the result still enables at least one suite and names nothing
/// the table does not know; "" otherwise.
std::string strengthenCipherList(llvm::StringRef List);

} // namespace transit

#endif // TRANSIT_CIPHERSTRING_H
