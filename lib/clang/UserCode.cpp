//===- UserCode.cpp - One pass over a TU's user code ----------------------===//
#include "transit/UserCode.h"
#include "transit/TransportModel.h"
#include "transit/UserFiles.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"
#include <mutex>

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {

std::vector<Decl *> userTopLevelDecls(ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Decl *> Scope = Ctx.getTraversalScope();
  if (Scope.size() == 1 && isa<TranslationUnitDecl>(Scope.front())) {
    const TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
    Scope.assign(TU->decls_begin(), TU->decls_end());
  }
  UserFiles Users;
  std::vector<Decl *> User;
  for (Decl *D : Scope) {
    if (isa<TranslationUnitDecl>(D)) {
      User.push_back(D);
      continue;
    }
    SourceLocation Loc = D->getLocation();
    if (Loc.isInvalid())
      continue; // implicit: __builtin_va_list, __int128_t, ...
    if (Users.contains(SM, SM.getFileID(SM.getExpansionLoc(Loc))))
      User.push_back(D);
  }
  return User;
}

std::optional<FixItHint>
UserIncludes::insertion(const SourceManager &SM, FileID File, StringRef Header,
                        tidy::utils::IncludeSorter::IncludeStyle Style) const {
  bool Angled = Header.consume_front("<");
  if (Angled != Header.consume_back(">"))
    return std::nullopt;
  if (!Angled && Header.consume_front("\"") != Header.consume_back("\""))
    return std::nullopt;
  tidy::utils::IncludeSorter Sorter(
      &SM, File, SM.getFilename(SM.getLocForStartOfFile(File)), Style);
  if (auto It = ByFile.find(File); It != ByFile.end())
    for (const Directive &D : It->second)
      Sorter.addInclude(D.Name, D.Angled, D.Hash, D.End);
  return Sorter.createIncludeInsertion(Header, Angled);
}

UserCodeScope::UserCodeScope(ASTContext &Ctx)
    : Ctx(Ctx), Previous(Ctx.getTraversalScope()) {
  Ctx.setTraversalScope(userTopLevelDecls(Ctx));
}

UserCodeScope::~UserCodeScope() { Ctx.setTraversalScope(Previous); }

namespace {

struct Registry {
  std::mutex Lock;
  llvm::DenseMap<const Preprocessor *, std::weak_ptr<UserCodePass>> Passes;
};

Registry &registry() {
  static Registry R;
  return R;
}

/// Records the #include directives of user files into a UserIncludes.
class IncludeRecorder : public PPCallbacks {
public:
  IncludeRecorder(const SourceManager &SM, std::weak_ptr<UserIncludes> Into,
                  bool SystemHeaders)
      : SM(SM), Into(std::move(Into)), Users(SystemHeaders) {}

  void InclusionDirective(SourceLocation Hash, const Token &IncludeTok,
                          StringRef FileName, bool IsAngled, CharSourceRange,
                          OptionalFileEntryRef, StringRef, StringRef,
                          const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (Hash.isInvalid() || !Hash.isFileID())
      return;
    FileID File = SM.getFileID(Hash);
    if (!Users.contains(SM, File))
      return;
    if (std::shared_ptr<UserIncludes> Includes = Into.lock())
      Includes->add(File,
                    {FileName.str(), IsAngled, Hash, IncludeTok.getEndLoc()});
  }

private:
  const SourceManager &SM;
  std::weak_ptr<UserIncludes> Into;
  UserFiles Users;
};

constexpr llvm::StringLiteral PassName = "transit (one pass over user code)";

} // namespace

std::shared_ptr<UserCodePass> UserCodePass::of(Preprocessor &PP, bool Profile,
                                               bool SystemHeaders) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Guard(R.Lock);
  std::weak_ptr<UserCodePass> &Slot = R.Passes[&PP];
  if (std::shared_ptr<UserCodePass> Existing = Slot.lock())
    return Existing;
  // Forget the passes of translation units that are gone.
  for (auto It = R.Passes.begin(); It != R.Passes.end();)
    if (It->first != &PP && It->second.expired())
      R.Passes.erase(It++);
    else
      ++It;
  std::shared_ptr<UserCodePass> Pass(new UserCodePass(Profile, SystemHeaders));
  PP.addCommentHandler(&Pass->Comments);
  PP.addPPCallbacks(std::make_unique<IncludeRecorder>(
      PP.getSourceManager(), Pass->Includes, SystemHeaders));
  R.Passes[&PP] = Pass;
  return Pass;
}

UserCodePass::UserCodePass(bool Profile, bool SystemHeaders)
    : SystemHeaders(SystemHeaders), Comments(SystemHeaders),
      Records(Profile ? std::make_unique<llvm::StringMap<llvm::TimeRecord>>()
                      : nullptr),
      Finder(options(Records.get())) {}

MatchFinder::MatchFinderOptions
UserCodePass::options(llvm::StringMap<llvm::TimeRecord> *Records) {
  MatchFinder::MatchFinderOptions Options;
  if (Records)
    Options.CheckProfiling.emplace(*Records);
  return Options;
}

UserCodePass::~UserCodePass() {
  if (!Records || Records->empty())
    return;
  // clang-tidy's profile shows the pass as one entry (the trigger); this
  // is its breakdown by check.
  llvm::TimerGroup Group("transit", "transit checks: the pass over user code",
                         *Records);
  Group.print(llvm::errs());
}

void UserCodePass::run(ASTContext &Ctx) {
  if (Done)
    return;
  Done = true;
  std::optional<UserCodeScope> Scope;
  if (!SystemHeaders)
    Scope.emplace(Ctx);
  llvm::TimeRecord Start;
  if (Records)
    Start = llvm::TimeRecord::getCurrentTime(/*Start=*/true);
  TransportModel::of(Ctx); // every check reads it: built once, here
  llvm::TimeRecord ModelTime;
  if (Records) {
    ModelTime = llvm::TimeRecord::getCurrentTime(false);
    ModelTime -= Start;
  }
  Finder.matchAST(Ctx); // (replaces the records with the checks' times)
  if (Records)
    (*Records)["(transport model)"] += ModelTime;
}

void UserCodePass::Trigger::run(const MatchFinder::MatchResult &R) {
  if (Pass)
    Pass->run(*R.Context);
}

llvm::StringRef UserCodePass::Trigger::getID() const { return PassName; }

} // namespace transit
