//===- transit/UserCode.h - One pass over a TU's user code ------*- C++ -*-===//
//
// What keeps the checks cheap: they never look at system headers. Every
// transit check of a translation unit shares one UserCodePass, which holds
//   * the one index of the comments in user files (carve-outs, NOLINTs),
//   * the #include directives of user files (where a fix-it adds one), and
//   * one private MatchFinder with every check's site matchers, run once per
//     translation unit over the declarations of user code (the main file and
//     non-system headers) with the ASTContext's traversal scope narrowed to
//     them, so that the parent map the matchers and checks consult covers
//     user code only.
// clang-tidy's own MatchFinder (shared with whatever other checks run) only
// tells the pass when the translation unit is ready: each check registers a
// translationUnitDecl() trigger there, nothing else. So clang-tidy 19,
// clang-tidy 22 and the compiler plugin run exactly the same matching.
//
// "User code" is decided by where a top-level declaration is expanded: a
// declaration a system macro produces in the user's file (gtest's TEST, say)
// is user code; the bodies of system templates never are. When a tool has
// already narrowed the traversal scope (clangd: the main file's
// declarations), the pass keeps to that scope. Under clang-tidy's
// --system-headers (option SystemHeaders) the pass covers the whole TU.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_USERCODE_H
#define TRANSIT_USERCODE_H

#include "transit/CommentIndex.h"

#include "clang-tidy/utils/IncludeSorter.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Timer.h"
#include <memory>
#include <vector>

namespace transit {

/// The top-level declarations of user code in \p Ctx: those of its current
/// traversal scope (the whole TU, unless a tool narrowed it) that are not
/// expanded in a system header.
std::vector<clang::Decl *> userTopLevelDecls(clang::ASTContext &Ctx);

/// Narrows the traversal scope of an ASTContext to its user code for the
/// lifetime of the object, and puts the previous scope back (clearing the
/// parent map both times, as setTraversalScope does).
class UserCodeScope {
public:
  explicit UserCodeScope(clang::ASTContext &Ctx);
  ~UserCodeScope();
  UserCodeScope(const UserCodeScope &) = delete;
  UserCodeScope &operator=(const UserCodeScope &) = delete;

private:
  clang::ASTContext &Ctx;
  std::vector<clang::Decl *> Previous;
};

/// Where a site check registers the matchers for its sites.
class SiteMatchers {
public:
  SiteMatchers(clang::ast_matchers::MatchFinder &Finder,
               clang::ast_matchers::MatchFinder::MatchCallback &Callback)
      : Finder(Finder), Callback(Callback) {}
  template <typename MatcherT> void add(const MatcherT &Matcher) {
    Finder.addMatcher(Matcher, &Callback);
  }

private:
  clang::ast_matchers::MatchFinder &Finder;
  clang::ast_matchers::MatchFinder::MatchCallback &Callback;
};

/// The #include directives of the user files of a translation unit, as
/// clang-tidy's IncludeInserter keeps them for every file, system headers
/// included (each check its own copy: most of what the checks cost in
/// memory before the pass).
class UserIncludes {
public:
  struct Directive {
    std::string Name;
    bool Angled;
    clang::SourceLocation Hash, End;
  };
  void add(clang::FileID File, Directive D) {
    ByFile[File].push_back(std::move(D));
  }
  /// A fix-it adding `#include Header` ("<a.h>", "\"a.h\"" or "a.h") to \p File
  /// where \p Style's order puts it; none if \p File includes it already or
  /// \p Header is not bracketed.
  std::optional<clang::FixItHint>
  insertion(const clang::SourceManager &SM, clang::FileID File,
            llvm::StringRef Header,
            clang::tidy::utils::IncludeSorter::IncludeStyle Style) const;

private:
  llvm::DenseMap<clang::FileID, std::vector<Directive>> ByFile;
};

/// What the transit checks of one translation unit share; see the top of
/// this file.
class UserCodePass {
public:
  /// The pass of the translation unit \p PP preprocesses: made by the first
  /// check that asks, kept as long as one of them holds it. \p Profile
  /// records each check's share of the pass (clang-tidy
  /// --enable-check-profile); \p SystemHeaders makes it cover system headers
  /// too (clang-tidy --system-headers).
  static std::shared_ptr<UserCodePass> of(clang::Preprocessor &PP, bool Profile,
                                          bool SystemHeaders);
  ~UserCodePass();

  /// The comments of the user files of the translation unit.
  CommentIndex &comments() { return Comments; }
  /// The #include directives of the user files.
  const UserIncludes &includes() const { return *Includes; }

  /// The finder the site matchers go into, with \p Callback called for
  /// their matches.
  SiteMatchers
  matchersFor(clang::ast_matchers::MatchFinder::MatchCallback &Callback) {
    return SiteMatchers(Finder, Callback);
  }

  /// Builds the transport model and runs every check's site matchers over
  /// the user code of \p Ctx; only the first call per translation unit does
  /// anything.
  void run(clang::ASTContext &Ctx);

  /// The trigger a check registers in clang-tidy's MatchFinder
  /// (translationUnitDecl()): it runs the pass when the translation unit is
  /// complete. Its ID names the pass in clang-tidy's check profile.
  class Trigger : public clang::ast_matchers::MatchFinder::MatchCallback {
  public:
    void setPass(std::shared_ptr<UserCodePass> P) { Pass = std::move(P); }
    void run(const clang::ast_matchers::MatchFinder::MatchResult &R) override;
    llvm::StringRef getID() const override;

  private:
    std::shared_ptr<UserCodePass> Pass;
  };

private:
  UserCodePass(bool Profile, bool SystemHeaders);
  static clang::ast_matchers::MatchFinder::MatchFinderOptions
  options(llvm::StringMap<llvm::TimeRecord> *Records);

  const bool SystemHeaders;
  CommentIndex Comments;
  /// Shared with the preprocessor's callback, which may outlive the pass.
  std::shared_ptr<UserIncludes> Includes = std::make_shared<UserIncludes>();
  std::unique_ptr<llvm::StringMap<llvm::TimeRecord>> Records;
  clang::ast_matchers::MatchFinder Finder;
  bool Done = false;
};

} // namespace transit

#endif // TRANSIT_USERCODE_H
