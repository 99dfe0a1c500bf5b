//===- transit/TransportModel.h - A TU's transports -------------*- C++ -*-===//
//
// One model of the translation unit's transports that every check reads,
// built once per ASTContext by one traversal of user code (the main file and
// non-system headers; never the bodies of system headers).
//
// It is flow-insensitive and context-insensitive, and follows objects by
// where they are created. Every variable, parameter, field and global, every
// function's return value, and every call or construction that creates a
// transport is a node; a value flows from one node to another through an
// initialisation, an assignment, a member initializer, an argument bound to
// a parameter of the TU's own functions (also through std::bind,
// std::thread, make_shared), a return, and the calls the library tables say
// hand back or derive from a transport (mysql_real_connect, accept,
// SSL_new, acceptor.accept(socket)). What a handle stands for is the objects
// that may flow into it (its creations, or a parameter no caller here
// passes) and every node those objects flow to: two connections that pass
// through one helper parameter stay apart. Every call the library tables
// (models/) know is an event on the node its handle argument designates; a
// call to the program's own code outside the TU that is given a transport is
// an exit. The checks ask: what configures this transport anywhere in the TU?
//
// The same flows give the values a variable may hold (possibleValues), for
// the connection strings and URLs the checks read.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_TRANSPORTMODEL_H
#define TRANSIT_TRANSPORTMODEL_H

#include "transit/LibraryModel.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include <memory>
#include <optional>
#include <vector>

namespace transit {

/// Yes / no / not known at compile time.
enum class Tri { No, Maybe, Yes };

class TransportModel {
public:
  /// The model of the translation unit \p Ctx holds, built on first use and
  /// freed with the ASTContext. Every check of the TU shares it.
  static TransportModel &of(clang::ASTContext &Ctx);

  /// A handle: a node of the flow graph (what the tables call the handle
  /// argument designates); the transport is what flows through it.
  using TransportId = unsigned;

  /// A call that the library tables know, on a transport; or (Api null) a
  /// call to code outside the translation unit that is given the transport.
  struct Event {
    const clang::Expr *Call;           ///< CallExpr or CXXConstructExpr
    const model::Api *Api;             ///< null for an exit
    const model::Library *Library;     ///< null for an exit
    const clang::FunctionDecl *Callee; ///< what is called (or constructed)
    const clang::Decl *In;             ///< the function the call is in
    unsigned Arg;                      ///< the argument that designates it
    bool Dependent;                    ///< an unresolved call in a template
  };

  /// The transport \p E designates or yields (`fd`, `&mysql`, `this->conn_`,
  /// `ssl.get()`, `SSL_new(ctx)`, `make_socket()`), if any.
  std::optional<TransportId> transportOf(const clang::Expr *E);
  /// The transport of a variable, parameter or field.
  std::optional<TransportId> transportOf(const clang::ValueDecl *D);

  /// Every event on transport \p T, in the order recorded.
  llvm::ArrayRef<Event> eventsOf(TransportId T);

  /// Whether \p E's condition holds for its call.
  Tri holds(const Event &E);
  /// Whether the conditions of \p A hold for \p Call (a call of that API).
  Tri holds(const model::Api &A, const clang::Expr *Call);

  /// The strongest verdict over the events of \p T with role \p R of a
  /// library of kind \p K: Yes if one holds, Maybe if one may hold (or an
  /// unresolved template call may be one), No otherwise. \p Which, when
  /// given, gets the event that decided.
  Tri any(TransportId T, model::Role R, model::Kind K,
          const Event **Which = nullptr);
  /// Whether some call with role \p R of a library of kind \p K, whose
  /// condition holds or may hold, designates no transport the model can
  /// follow (`SSL_CTX_set_verify(get_ctx(), ...)`):
  /// a TU-wide fact for the policies that must then assume it applies.
  bool anyUnattached(model::Role R, model::Kind K);

  /// The transports with an event of role \p R (of a library of kind \p K)
  /// that holds or may hold.
  llvm::SmallVector<TransportId, 4> transportsWith(model::Role R,
                                                   model::Kind K);

  /// The first exit of \p T: a call that hands it to code outside the TU.
  const Event *firstExit(TransportId T);

  /// The variables, parameters and fields that hold \p T.
  llvm::ArrayRef<const clang::ValueDecl *> declsOf(TransportId T);
  /// The expressions that create \p T (calls and constructions the tables
  /// list as Create), in source order.
  llvm::ArrayRef<const clang::Expr *> originsOf(TransportId T);

  /// The table entries for what \p Call calls (or \p Construct builds),
  /// in table order; empty when no table knows it.
  llvm::SmallVector<std::pair<const model::Library *, const model::Api *>, 2>
  apisOf(const clang::Expr *Call);

  /// What may flow into \p D: its initializer, every value assigned to it,
  /// and for a parameter every argument the TU passes it. \p Unknown is set
  /// when other values may reach it too (a parameter of a function callable
  /// from outside the TU, a variable written through a pointer or a
  /// non-const reference, `+=`, `>>`, a global or field written elsewhere).
  llvm::ArrayRef<const clang::Expr *> valuesOf(const clang::ValueDecl *D,
                                               bool &Unknown);
  /// What a function of the TU returns (its return statements' values).
  llvm::ArrayRef<const clang::Expr *> returnsOf(const clang::FunctionDecl *F);
  /// Whether \p D is appended to (`s += ...`, `s.append(...)`, strcat).
  bool isAppendedTo(const clang::ValueDecl *D);
  /// How many expressions of user code name \p D (once per template
  /// instantiation they are in).
  unsigned referencesTo(const clang::ValueDecl *D) const;

  TransportModel(const TransportModel &) = delete;
  TransportModel &operator=(const TransportModel &) = delete;
  ~TransportModel();

private:
  explicit TransportModel(clang::ASTContext &Ctx);
  class Builder;
  class Reader;
  friend class Builder;

  using Node = const void *;
  unsigned nodeId(Node N);
  std::optional<unsigned> findNode(Node N) const;
  /// A value flows from node \p From into node \p To.
  void addFlow(unsigned From, unsigned To);
  void finalize();

  /// What one handle node stands for: the objects that may flow into it
  /// (creations, or values that come from outside the TU), and everything
  /// those objects flow to, with the events there. Two connections that
  /// merely pass through the same helper parameter stay apart.
  struct Closure {
    std::vector<Event> Events;
    llvm::SmallVector<const clang::ValueDecl *, 4> Decls;
    llvm::SmallVector<const clang::Expr *, 2> Origins;
  };
  const Closure &closureOf(TransportId T);

  clang::ASTContext &Ctx;
  /// The flow graph over nodes.
  llvm::DenseMap<Node, unsigned> Ids;
  std::vector<Node> Keys;
  std::vector<llvm::SmallVector<unsigned, 2>> Succ, Pred;
  /// Events as recorded, each with the node of its handle (or ~0u).
  std::vector<std::pair<Event, unsigned>> Recorded;
  /// Per node, after finalize(): the indices (into Recorded) of its events.
  llvm::DenseMap<unsigned, llvm::SmallVector<unsigned, 2>> EventsByNode;
  llvm::DenseMap<unsigned, std::unique_ptr<Closure>> Closures;
  /// Objects made from another (Role::Inherit): child node -> parents.
  llvm::DenseMap<unsigned, llvm::SmallVector<unsigned, 1>> Parents;
  /// The expressions flowing into each value (a VarDecl, FieldDecl,
  /// ParmVarDecl) and each function's returns.
  llvm::DenseMap<const void *, llvm::SmallVector<const clang::Expr *, 2>> Flows;
  /// Values written other than by assignment (through a pointer, a
  /// non-const reference, `++`), and strings appended to.
  llvm::DenseSet<const void *> Overwritten, Appended;
  /// The number of DeclRefExprs naming each declaration (canonical).
  llvm::DenseMap<const clang::Decl *, unsigned> References;
  /// Which nodes are expressions (origins) rather than declarations.
  llvm::DenseSet<const void *> ExprNodes;
  /// Expressions that make an object from another (Role::Inherit calls):
  /// keys that are neither a creation nor a declaration.
  llvm::DenseSet<const void *> InheritNodes;
  /// The table entries by simple name.
  llvm::StringMap<llvm::SmallVector<
      std::pair<const model::Library *, const model::Api *>, 2>>
      ByName;
};

} // namespace transit

#endif // TRANSIT_TRANSPORTMODEL_H
