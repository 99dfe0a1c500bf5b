//===- transit/AsioTransport.h - Asio and Beast objects ---------*- C++ -*-===//
//
// Asio sockets, acceptors and Beast tcp_streams are declared objects, not
// calls. transit-plaintext-socket and transit-plaintext-http judge them the
// same way, over the transport model: where the object is created (its
// declaration, or the member initializers that construct a field), whether
// anything in the TU puts an SSL stream around it (or around the sockets an
// acceptor accepts into), and whether it carries Beast HTTP in the function
// that declares it (then it is an HTTP finding, not a socket finding: one
// finding per transport, named for what it carries).
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_ASIOTRANSPORT_H
#define TRANSIT_ASIOTRANSPORT_H

#include "transit/TransportModel.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include <optional>
#include <string>

namespace transit {

/// Matches variables (not parameters) and fields of an Asio / Beast socket,
/// acceptor or tcp_stream type, bound to "asio" (the declaration) and
/// "type" (its class template specialization).
clang::ast_matchers::DeclarationMatcher asioObjectDecl();

struct AsioTransport {
  /// "ip::tcp::socket", "ip::udp::socket", "ip::tcp::acceptor",
  /// "beast::tcp_stream".
  std::string Kind;
  bool Acceptor = false;
  bool Udp = false;
  /// Where it is created when that is not the declaration: the member
  /// initializers that construct a field. Empty: at the declaration.
  llvm::SmallVector<const clang::Expr *, 1> Sites;
  /// Whether an SSL stream protects it (Maybe: a template the model cannot
  /// follow).
  Tri Secured = Tri::No;
  /// Beast HTTP is read or written on it in the function declaring it.
  bool CarriesHttpHere = false;
  /// The first call that hands it to code outside the TU, if any.
  const TransportModel::Event *Exit = nullptr;
};

/// Judges the object \p D of type \p Type; none when \p D does not create
/// a transport (a field only ever moved into, a copy).
std::optional<AsioTransport>
judgeAsioObject(const clang::DeclaratorDecl *D,
                const clang::ClassTemplateSpecializationDecl *Type,
                clang::ASTContext &Ctx);

} // namespace transit

#endif // TRANSIT_ASIOTRANSPORT_H
