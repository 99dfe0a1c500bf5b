//===- transit/SiteCheck.h - What every transit site check shares -*- C++
//-*-===//
//
// A site check finds call sites that send traffic without (adequate) TLS. It
// only says *what* the site is and how to fix it (a Finding); this base class
// decides whether an adjacent ZFN-3 carve-out covers it, reports each site
// once (not once per template instantiation), keeps fix-its out of macro
// bodies and inserts headers where clang-tidy's IncludeSorter says. Both front
// ends (clang-tidy and the compiler plugin) run exactly this code.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_SITECHECK_H
#define TRANSIT_SITECHECK_H

#include "transit/CarveOut.h"
#include "transit/CommentIndex.h"
#include "transit/ConstantString.h"
#include "transit/HostPatterns.h"
#include "transit/TransportModel.h"
#include "transit/UserCode.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeSorter.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <memory>
#include <optional>

namespace transit {

/// What a site check found at one insecure call site.
struct Finding {
  /// The expression that builds the insecure transport (a call, usually)...
  const clang::Expr *Site = nullptr;
  /// ...or the declaration of the insecure object (an Asio socket, say),
  /// reported at its name. Exactly one of the two is set.
  const clang::DeclaratorDecl *SiteDecl = nullptr;
  /// Names the API and the risk, and says the way out; the base class adds
  /// nothing to it.
  std::string Message;
  /// Replacement text for the whole of \c Site, when the result compiles and
  /// means the same thing with TLS; empty for none.
  std::string Replacement;
  /// A header the replacement (or the edits) need ("<a.h>" or "a.h").
  std::string ReplacementHeader;
  /// Said in a note at the site: what to do when there is no fix-it, or what
  /// the fix-it leaves to the user.
  std::string Note;
  /// Fix-its elsewhere than the site itself (e.g. in the string literal a
  /// connection string comes from); only emitted when they are rewritable.
  std::vector<clang::FixItHint> Edits;
  /// The destination host, when the site names it literally (for audits,
  /// and for the carve-out rules about external destinations).
  std::string Destination;
  /// Notes at other places (e.g. "connection string defined here").
  std::vector<std::pair<clang::SourceLocation, std::string>> Notes;
};

class SiteCheck : public clang::tidy::ClangTidyCheck {
public:
  /// Whether a carve-out may excuse this check's sites. Authentication and
  /// weak-TLS findings are never carved out (ZFN-3).
  enum class CarveOutRule { Applies, NeverApplies };

  /// Registers only the trigger of the translation unit's UserCodePass:
  /// the site matchers go into the pass (registerSiteMatchers).
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  /// Joins the pass of the translation unit and registers the site matchers
  /// there.
  void registerPPCallbacks(const clang::SourceManager &SM,
                           clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) final;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

  /// Records sites for transit-carve-out and reports nothing: how that check
  /// runs the site checks that are not enabled.
  void collectOnly() { CollectOnly = true; }

protected:
  SiteCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
            CarveOutRule Rule);

  /// The matchers of the check's sites; their matches come to check(). They
  /// only ever see user code (UserCode.h).
  virtual void registerSiteMatchers(SiteMatchers &Sites) = 0;

  /// Reports \p F unless a well-formed carve-out covers it.
  void report(const clang::ast_matchers::MatchFinder::MatchResult &Result,
              Finding F);

  /// Reports \p F at each of \p Sites (the member initializers that create
  /// an object), or at \p Decl when there are none.
  void
  reportAtSites(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                const clang::DeclaratorDecl *Decl,
                llvm::ArrayRef<const clang::Expr *> Sites, const Finding &F);

  /// Says that \p Site may send traffic unencrypted but cannot be judged
  /// here (its connection string or handle comes from elsewhere): nothing is
  /// reported, and a carve-out next to it is not stale.
  /// \p Why says what is not known, for ReportConnectionSites (below).
  void
  noteUnprovable(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::Expr *Site, llvm::StringRef Why = "");
  void
  noteUnprovable(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::DeclaratorDecl *Site, llvm::StringRef Why = "");

  /// Says that \p Site makes a connection this check verified is encrypted
  /// (\p How: "an https:// URL", "TLS channel credentials"). Nothing is
  /// reported unless the option ReportConnectionSites is set; then it is a
  /// remark, the evidence transit-audit --inventory lists.
  void noteSecure(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                  const clang::Expr *Site, llvm::StringRef How);
  void noteSecure(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                  const clang::DeclaratorDecl *Site, llvm::StringRef How);
  /// For the transport model's verdict \p Tls on whether TLS is set up for
  /// \p Site: Yes notes it encrypted (\p How), Maybe (a template the model
  /// cannot see) not judged (\p Maybe), and both return true; No returns
  /// false, and the site is the caller's to report.
  bool
  noteTlsVerdict(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::Expr *Site, Tri Tls, llvm::StringRef How,
                 llvm::StringRef Maybe);
  /// For a site on a library object that is plaintext until an API of its
  /// table puts TLS on it (mosquitto_tls_set, Pistache's useSSL, Crow's
  /// ssl_file): the object \p Handle designates, when it is made in this
  /// TU and nothing sets TLS on it (the caller reports it). Otherwise it
  /// notes the site (not judged when the object \p What is made elsewhere;
  /// noteTlsVerdict's \p How / \p Maybe) and returns none.
  std::optional<TransportModel::TransportId>
  objectWithoutTls(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                   const clang::Expr *Site, const clang::Expr *Handle,
                   model::Kind K, llvm::StringRef What, llvm::StringRef How,
                   llvm::StringRef Maybe);

  /// Adds to \p F a note at \p Exit (when there is one) saying that
  /// \p What is handed to code this translation unit cannot see, so TLS
  /// set up there is no part of what the check could verify.
  static void noteExit(Finding &F, const TransportModel::Event *Exit,
                       llvm::StringRef What);

  /// What judging the values a connection string or URL may have came to.
  /// Nothing: no value at all to judge (neither known nor unknown).
  enum class Judged { Reported, Secure, Unprovable, Nothing };
  /// Judges each value \p Arg may have (possibleValues: a default literal
  /// and what may replace it, strings built from pieces) with \p Judge,
  /// which returns the finding for a plaintext value and sets \p Undecided
  /// when the known pieces do not decide. Reports the first finding at
  /// \p Site; Unprovable when no value is plaintext but some value is not
  /// known or not decided.
  Judged
  judgeValues(const clang::ast_matchers::MatchFinder::MatchResult &Result,
              const clang::Expr *Arg,
              llvm::function_ref<std::optional<Finding>(const ConstantString &,
                                                        bool &Undecided)>
                  Judge);

  /// The marker in force (option `CarveOutMarker`).
  llvm::StringRef marker() const { return Marker; }
  /// "add a 'ZFN-3 carve-out:' comment": the way out, for messages.
  std::string carveOutHint() const;

  /// "<Subject>, whose traffic is never encrypted; add a '<marker>' comment
  /// that keeps it on the host": the message for a Unix-domain socket, which
  /// the policy lets a carve-out cover.
  std::string unixSocketMessage(llvm::StringRef Subject) const;

  /// Adds to \p F the fix-its that apply \p Edits to the literal \p S was
  /// read from, and, when it was read through a variable, a note
  /// "<What> defined here" at the literal.
  static void editString(Finding &F, const ConstantString &S,
                         llvm::ArrayRef<TextEdit> Edits, clang::ASTContext &Ctx,
                         llvm::StringRef What);

  /// Whether \p QualifiedName ("ns::name") is declared in the translation
  /// unit, so that a fix-it naming it compiles.
  static bool isDeclared(const clang::ASTContext &Ctx,
                         llvm::StringRef QualifiedName);
  /// The file range of \p E when a fix-it may rewrite it: spelled in the
  /// user's file (or a macro argument), not in a macro body or system header.
  std::optional<clang::CharSourceRange>
  rewritableRange(const clang::Expr *E, const clang::SourceManager &SM,
                  const clang::LangOptions &LangOpts) const;
  /// Like rewritableRange, and also when \p E is one whole macro expansion
  /// spelled in the user's file (`SSL_VERIFY_NONE`, `TLS1_VERSION`): the
  /// range of a value a fix-it may replace.
  std::optional<clang::CharSourceRange>
  rewritableValue(const clang::Expr *E, const clang::SourceManager &SM,
                  const clang::LangOptions &LangOpts) const;
  /// The name of the declaration \p E refers to (`verify_none` in
  /// `boost::asio::ssl::verify_none`), when a fix-it may rename it.
  std::optional<clang::CharSourceRange>
  rewritableName(const clang::Expr *E, const clang::SourceManager &SM) const;
  /// Adds to \p F a fix-it replacing \p Value with \p Text, when
  /// rewritableValue allows it.
  void fixValue(Finding &F, const clang::Expr *Value, llvm::StringRef Text,
                const clang::ASTContext &Ctx) const;
  /// Adds to \p F a fix-it renaming what \p E refers to (an enumerator,
  /// a constant, a function called), when rewritableName allows it.
  void fixName(Finding &F, const clang::Expr *E, llvm::StringRef NewName,
               const clang::SourceManager &SM) const;
  /// The destination to record for a site that may reach any of \p Hosts
  /// (Unix-domain socket paths skipped): the first external one, so that a
  /// carve-out is refused if any host is external; else the first.
  std::string destinationOf(llvm::ArrayRef<std::string> Hosts) const;
  /// How to spell a null pointer in the language of the translation unit.
  llvm::StringRef nullPointer(const clang::LangOptions &LangOpts) const;

private:
  struct Comment {
    clang::SourceLocation Loc;
    CarveOut Parsed;
  };
  struct Verdict {
    std::optional<Comment> Accepted;
    llvm::SmallVector<Comment, 1> Malformed;
    /// Every well-formed carve-out next to the site (Accepted among them).
    llvm::SmallVector<clang::SourceLocation, 1> WellFormed;
  };
  Verdict findCarveOut(const clang::DynTypedNode &Site,
                       clang::SourceLocation SiteLoc, clang::ASTContext &Ctx);
  void
  noteUnprovable(const clang::ast_matchers::MatchFinder::MatchResult &Result,
                 const clang::DynTypedNode &Site, clang::SourceLocation Loc,
                 llvm::StringRef Why);
  /// The ReportConnectionSites remark "<Prefix>'<api>'<Detail>" at \p Loc,
  /// once per site.
  void noteConnection(const clang::ast_matchers::MatchFinder::MatchResult &R,
                      const clang::DynTypedNode &Site,
                      clang::SourceLocation Loc, llvm::StringRef Prefix,
                      llvm::StringRef Detail);

  const CarveOutRule Rule;
  const std::string CheckName;
  clang::tidy::ClangTidyContext *const TidyContext;
  bool CollectOnly = false;
  std::string Marker;
  std::string InternalHostPatterns;
  HostPatterns Internal;
  const bool ReportAcceptedCarveOuts;
  const bool ReportConnectionSites;
  /// Where added #includes go (option IncludeStyle), and those this check
  /// added to each file in this translation unit.
  const clang::tidy::utils::IncludeSorter::IncludeStyle IncludeStyle;
  llvm::DenseMap<clang::FileID, llvm::StringSet<>> AddedIncludes;
  std::optional<clang::FixItHint> includeInsertion(clang::FileID File,
                                                   llvm::StringRef Header);
  clang::Preprocessor *PP = nullptr;
  /// Calls check() for the pass's matches (and nothing else: the pass's
  /// finder must not start or end the check's translation unit again).
  class Forward : public clang::ast_matchers::MatchFinder::MatchCallback {
  public:
    explicit Forward(SiteCheck &Check) : Check(Check) {}
    void run(const clang::ast_matchers::MatchFinder::MatchResult &R) override {
      Check.check(R);
    }
    llvm::StringRef getID() const override { return Check.CheckName; }
    std::optional<clang::TraversalKind> getCheckTraversalKind() const override {
      return static_cast<const MatchCallback &>(Check).getCheckTraversalKind();
    }

  private:
    SiteCheck &Check;
  };
  Forward Forwarder{*this};
  UserCodePass::Trigger Trigger;
  std::shared_ptr<UserCodePass> Pass;
  llvm::DenseSet<clang::SourceLocation::UIntTy> Reported;
  /// Sites already given a ReportConnectionSites remark.
  llvm::DenseSet<clang::SourceLocation::UIntTy> Connections;
  /// Edits away from the site already attached to a finding of this unit:
  /// a connection string several calls use gets its fix once (clang-tidy
  /// would otherwise make an insertion once per finding).
  llvm::StringSet<> EmittedEdits;
};

/// Warns, as clang-tidy's own configuration errors do ([clang-tidy-config]),
/// about every option given for \p Check (`<check>.<Name>`) that it does
/// not read: a misspelt option is otherwise a silent default. Suggests the
/// nearest option it does read.
void diagnoseUnknownOptions(clang::tidy::ClangTidyCheck &Check,
                            llvm::StringRef CheckName,
                            clang::tidy::ClangTidyContext &Context);

} // namespace transit

#endif // TRANSIT_SITECHECK_H
