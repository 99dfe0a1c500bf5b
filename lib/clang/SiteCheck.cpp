//===- SiteCheck.cpp - What every transit site check shares ---------------===//
#include "transit/SiteCheck.h"
#include "transit/Reporting.h"
#include "transit/SiteCollector.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {

SiteCheck::SiteCheck(StringRef Name, tidy::ClangTidyContext *Context,
                     CarveOutRule Rule)
    : ClangTidyCheck(Name, Context), Rule(Rule), CheckName(Name.str()),
      TidyContext(Context),
      Marker(Options.getLocalOrGlobal("CarveOutMarker", DefaultCarveOutMarker)),
      InternalHostPatterns(Options.getLocalOrGlobal(
          "InternalHostPatterns", DefaultInternalHostPatterns)),
      ReportAcceptedCarveOuts(
          Options.getLocalOrGlobal("ReportAcceptedCarveOuts", false)),
      ReportConnectionSites(
          Options.getLocalOrGlobal("ReportConnectionSites", false)),
      IncludeStyle(Options.getLocalOrGlobal(
          "IncludeStyle", tidy::utils::IncludeSorter::IS_LLVM)) {
  if (!isValidMarker(Marker)) {
    configurationDiag("invalid CarveOutMarker '%0' for %1: it needs a letter "
                      "or digit; using '%2'")
        << Marker << Name << DefaultCarveOutMarker;
    Marker = DefaultCarveOutMarker.str();
  }
  std::string Error;
  if (auto Parsed = HostPatterns::parse(InternalHostPatterns, Error)) {
    Internal = std::move(*Parsed);
  } else {
    configurationDiag("invalid InternalHostPatterns for %0: %1; using the "
                      "default")
        << Name << Error;
    InternalHostPatterns = DefaultInternalHostPatterns.str();
    Internal = *HostPatterns::parse(InternalHostPatterns, Error);
  }
}

void SiteCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "CarveOutMarker", Marker);
  Options.store(Opts, "ReportAcceptedCarveOuts", ReportAcceptedCarveOuts);
  Options.store(Opts, "ReportConnectionSites", ReportConnectionSites);
  Options.store(Opts, "InternalHostPatterns", InternalHostPatterns);
  Options.store(Opts, "IncludeStyle", IncludeStyle);
}

void SiteCheck::registerMatchers(MatchFinder *Finder) {
  if (!CollectOnly)
    diagnoseUnknownOptions(*this, CheckName, *TidyContext);
  Finder->addMatcher(translationUnitDecl(), &Trigger);
}

void diagnoseUnknownOptions(tidy::ClangTidyCheck &Check, StringRef CheckName,
                            tidy::ClangTidyContext &Context) {
  tidy::ClangTidyOptions::OptionMap Known;
  Check.storeOptions(Known);
  std::string Prefix = (CheckName + ".").str();
  std::vector<StringRef> Unknown;
  for (const auto &Option : Context.getOptions().CheckOptions)
    if (Option.getKey().starts_with(Prefix) && !Known.count(Option.getKey()))
      Unknown.push_back(Option.getKey());
  llvm::sort(Unknown);
  for (StringRef Key : Unknown) {
    StringRef Name = Key.drop_front(Prefix.size());
    StringRef Nearest;
    unsigned Best = std::max<unsigned>(3, Name.size() / 3) + 1;
    for (const auto &Option : Known) {
      StringRef Candidate = Option.getKey().drop_front(Prefix.size());
      unsigned Distance = Name.edit_distance(Candidate, true, Best - 1);
      // On a tie the alphabetically first (the map's order is a hash's).
      if (Distance < Best ||
          (Distance == Best && !Nearest.empty() && Option.getKey() < Nearest)) {
        Best = Distance;
        Nearest = Option.getKey();
      }
    }
    std::string Hint =
        Nearest.empty() ? "" : ("; did you mean '" + Nearest + "'?").str();
    Context.configurationDiag("unknown option '%0' for %1: it is ignored%2")
        << Key << CheckName << Hint;
  }
}

void SiteCheck::registerPPCallbacks(const SourceManager &, Preprocessor *PP,
                                    Preprocessor *) {
  this->PP = PP;
  Pass =
      UserCodePass::of(*PP, TidyContext->getEnableProfiling(),
                       TidyContext->getOptions().SystemHeaders.value_or(false));
  Trigger.setPass(Pass);
  SiteMatchers Sites = Pass->matchersFor(Forwarder);
  registerSiteMatchers(Sites);
}

std::optional<FixItHint> SiteCheck::includeInsertion(FileID File,
                                                     StringRef Header) {
  // As clang-tidy's IncludeInserter: once per file and check, unless each
  // diagnostic must stand alone (clangd).
  if (!areDiagsSelfContained() && !AddedIncludes[File].insert(Header).second)
    return std::nullopt;
  return Pass->includes().insertion(PP->getSourceManager(), File, Header,
                                    IncludeStyle);
}

void SiteCheck::onStartOfTranslationUnit() {
  Reported.clear();
  Connections.clear();
  AddedIncludes.clear();
  EmittedEdits.clear();
}

std::string SiteCheck::carveOutHint() const {
  return "add a '" + Marker + "' comment";
}

std::string SiteCheck::unixSocketMessage(StringRef Subject) const {
  return (Subject + ", whose traffic is never encrypted; " + carveOutHint() +
          " that keeps it on the host")
      .str();
}

SiteCheck::Judged SiteCheck::judgeValues(
    const MatchFinder::MatchResult &Result, const Expr *Arg,
    llvm::function_ref<std::optional<Finding>(const ConstantString &, bool &)>
        Judge) {
  PossibleValues Values = possibleValues(Arg, *Result.Context);
  bool Undecided = Values.Unknown;
  for (const ConstantString &Value : Values.Known) {
    bool ThisUndecided = false;
    if (std::optional<Finding> F = Judge(Value, ThisUndecided)) {
      report(Result, std::move(*F));
      return Judged::Reported;
    }
    Undecided |= ThisUndecided;
  }
  if (Undecided)
    return Judged::Unprovable;
  return Values.Known.empty() ? Judged::Nothing : Judged::Secure;
}

void SiteCheck::editString(Finding &F, const ConstantString &S,
                           ArrayRef<TextEdit> Edits, ASTContext &Ctx,
                           StringRef What) {
  bool TooSmall = false;
  for (const TextEdit &Edit : Edits) {
    if (auto Fix = editValue(S, Edit, Ctx, &TooSmall))
      F.Edits.push_back(*Fix);
  }
  if (TooSmall && S.Literal)
    F.Notes.push_back({S.Literal->getBeginLoc(),
                       "no automatic fix: the array this " + What.str() +
                           " initialises is too small for the fixed text"});
  if (S.Variable)
    F.Notes.push_back(
        {S.Literal->getBeginLoc(), (What + " defined here").str()});
}

StringRef SiteCheck::nullPointer(const LangOptions &LangOpts) const {
  if (LangOpts.CPlusPlus11 || LangOpts.C23)
    return "nullptr";
  if (PP && PP->isMacroDefined("NULL"))
    return "NULL";
  return "0";
}

bool SiteCheck::isDeclared(const ASTContext &Ctx, StringRef QualifiedName) {
  QualifiedName.consume_front("::");
  SmallVector<StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  const DeclContext *DC = Ctx.getTranslationUnitDecl();
  for (size_t I = 0; I < Parts.size(); ++I) {
    auto Found = DC->lookup(&Ctx.Idents.get(Parts[I]));
    if (Found.empty())
      return false;
    if (I + 1 == Parts.size())
      return true;
    const NamespaceDecl *NS = nullptr;
    for (const NamedDecl *D : Found)
      if ((NS = dyn_cast<NamespaceDecl>(D)))
        break;
    if (!NS)
      return false;
    DC = NS;
  }
  return false;
}

namespace {

/// The statement, declaration or member initializer a carve-out comment is
/// attached to: the nearest enclosing statement of a block, or declaration
/// outside a function body, or member initializer.
SourceRange anchorOf(DynTypedNode Node, ASTContext &Ctx) {
  for (unsigned Depth = 0; Depth < 512; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      break;
    const DynTypedNode &Parent = Parents[0];
    if (Parent.get<CompoundStmt>())
      break;
    if (const auto *Init = Parent.get<CXXCtorInitializer>())
      return Init->getSourceRange();
    if (Node.get<Decl>() && Parent.get<Decl>())
      break; // a declaration in a class or namespace is its own anchor
    if (const auto *D = Parent.get<Decl>()) {
      DynTypedNodeList Above = Ctx.getParents(Parent);
      if (!Above.empty() && Above[0].get<DeclStmt>()) {
        Node = Above[0]; // a local variable: the DeclStmt is the statement
        continue;
      }
      return D->getSourceRange();
    }
    Node = Parent;
  }
  return Node.getSourceRange();
}

/// Whether \p Site is one arm of a `?:`: a condition picks the transport at
/// run time, and rewriting one arm would silently change what the condition
/// means.
bool isConditionalArm(const Expr *Site, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*Site);
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Node);
    if (Parents.empty())
      return false;
    const DynTypedNode &Parent = Parents[0];
    if (const auto *Cond = Parent.get<AbstractConditionalOperator>()) {
      const Expr *Arm = Node.get<Expr>();
      return Arm && (Arm == Cond->getTrueExpr() || Arm == Cond->getFalseExpr());
    }
    const auto *E = Parent.get<Expr>();
    if (!E || !(isa<ImplicitCastExpr, MaterializeTemporaryExpr,
                    CXXBindTemporaryExpr, ParenExpr, CXXConstructExpr>(E)))
      return false;
    Node = Parent;
  }
  return false;
}

} // namespace

SiteCheck::Verdict SiteCheck::findCarveOut(const DynTypedNode &Site,
                                           SourceLocation SiteLoc,
                                           ASTContext &Ctx) {
  Verdict V;
  if (!Pass)
    return V;
  const SourceManager &SM = Ctx.getSourceManager();
  SmallVector<std::pair<FileID, unsigned>, 4> Seen;

  auto Consider = [&](FileID File, const BufferComments &Buffer,
                      CommentBlock Block) {
    std::pair<FileID, unsigned> Key{File, Buffer.beginOffset(Block)};
    if (llvm::is_contained(Seen, Key))
      return;
    Seen.push_back(Key);
    CarveOut Parsed = parseCarveOut(Buffer.text(Block), Marker);
    if (Parsed.K == CarveOut::Kind::Absent)
      return;
    SourceLocation Loc = SM.getComposedLoc(File, Buffer.beginOffset(Block) +
                                                     Parsed.MarkerOffset);
    if (Parsed.isWellFormed())
      V.WellFormed.push_back(Loc);
    if (Parsed.isWellFormed() && !V.Accepted)
      V.Accepted = Comment{Loc, std::move(Parsed)};
    else if (Parsed.isMalformed())
      V.Malformed.push_back({Loc, std::move(Parsed)});
  };

  // Searches the comments above and on the lines of [Begin, End].
  auto Search = [&](SourceLocation Begin, SourceLocation End) {
    if (Begin.isInvalid())
      return;
    auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
    unsigned EndOffset = BeginOffset;
    if (End.isValid()) {
      auto [EndFile, Offset] = SM.getDecomposedLoc(End);
      if (EndFile == File && Offset >= BeginOffset)
        EndOffset = Offset;
    }
    bool Invalid = false;
    StringRef Text = SM.getBufferData(File, &Invalid);
    if (Invalid)
      return;
    BufferComments Buffer(Text, Pass->comments().commentsIn(File));
    if (auto Block = Buffer.blockAbove(BeginOffset))
      Consider(File, Buffer, *Block);
    for (CommentBlock Block : Buffer.blocksOnLines(BeginOffset, EndOffset))
      Consider(File, Buffer, Block);
  };

  SourceRange Anchor = anchorOf(Site, Ctx);
  Search(SM.getExpansionLoc(Anchor.getBegin()),
         SM.getExpansionRange(Anchor.getEnd()).getEnd());
  // Written inside a macro: the comment may also sit where the tokens are
  // spelled (above the line in the macro definition, or in the argument).
  if (SiteLoc.isMacroID()) {
    SourceLocation Spelling = SM.getSpellingLoc(SiteLoc);
    Search(Spelling, Spelling);
  }
  return V;
}

std::optional<CharSourceRange>
SiteCheck::rewritableRange(const Expr *E, const SourceManager &SM,
                           const LangOptions &LangOpts) const {
  SourceLocation Begin = E->getBeginLoc(), End = E->getEndLoc();
  // Inside a macro body the text is shared by every expansion: no fix-it.
  // Inside a macro argument the text is the user's, at the expansion site.
  for (SourceLocation L : {Begin, End})
    if (L.isMacroID() && !SM.isMacroArgExpansion(L))
      return std::nullopt;
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM, LangOpts);
  if (Range.isInvalid() || SM.isInSystemHeader(Range.getBegin()))
    return std::nullopt;
  return Range;
}

std::string SiteCheck::destinationOf(ArrayRef<std::string> Hosts) const {
  std::string First;
  for (const std::string &Host : Hosts) {
    if (Host.empty() || Host.front() == '/' || Host.front() == '@')
      continue; // a Unix-domain socket
    if (Host.find(HoleChar) != std::string::npos)
      continue; // not known here
    if (!Internal.isInternal(Host))
      return Host;
    if (First.empty())
      First = Host;
  }
  return First;
}

std::optional<CharSourceRange>
SiteCheck::rewritableValue(const Expr *E, const SourceManager &SM,
                           const LangOptions &LangOpts) const {
  if (auto Range = rewritableRange(E, SM, LangOpts))
    return Range;
  SourceLocation Begin = E->getBeginLoc();
  if (!Begin.isMacroID())
    return std::nullopt;
  // A whole expansion of a macro written in the user's file, not one inside
  // another macro's body (makeFileCharRange checks it is the whole of it).
  CharSourceRange Range = Lexer::makeFileCharRange(
      CharSourceRange::getTokenRange(E->getSourceRange()), SM, LangOpts);
  if (Range.isInvalid() || SM.isInSystemHeader(Range.getBegin()) ||
      SM.getExpansionLoc(Begin) != Range.getBegin())
    return std::nullopt;
  return Range;
}

std::optional<CharSourceRange>
SiteCheck::rewritableName(const Expr *E, const SourceManager &SM) const {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  if (!Ref)
    return std::nullopt;
  SourceLocation Name = Ref->getLocation();
  if (Name.isMacroID() && !SM.isMacroArgExpansion(Name))
    return std::nullopt;
  Name = SM.getFileLoc(Name);
  if (Name.isInvalid() || SM.isInSystemHeader(Name))
    return std::nullopt;
  return CharSourceRange::getTokenRange(Name, Name);
}

void SiteCheck::fixValue(Finding &F, const Expr *Value, StringRef Text,
                         const ASTContext &Ctx) const {
  if (auto Range =
          rewritableValue(Value, Ctx.getSourceManager(), Ctx.getLangOpts()))
    F.Edits.push_back(FixItHint::CreateReplacement(*Range, Text));
}

void SiteCheck::fixName(Finding &F, const Expr *E, StringRef NewName,
                        const SourceManager &SM) const {
  if (auto Range = rewritableName(E, SM))
    F.Edits.push_back(FixItHint::CreateReplacement(*Range, NewName));
}

/// Where a site is reported: a site inside a system header's macro
/// (libpq's PQsetdb, say) is the user's call of that macro, where it is not
/// filtered out.
static SourceLocation siteLocation(const SourceManager &SM,
                                   SourceLocation Loc) {
  return Loc.isMacroID() && SM.isInSystemMacro(Loc) ? SM.getExpansionLoc(Loc)
                                                    : Loc;
}

void SiteCheck::noteUnprovable(const MatchFinder::MatchResult &Result,
                               const Expr *Site, StringRef Why) {
  if (Site)
    noteUnprovable(Result, DynTypedNode::create(*Site), Site->getBeginLoc(),
                   Why);
}

void SiteCheck::noteUnprovable(const MatchFinder::MatchResult &Result,
                               const DeclaratorDecl *Site, StringRef Why) {
  if (Site)
    noteUnprovable(Result, DynTypedNode::create(*Site), Site->getLocation(),
                   Why);
}

void SiteCheck::noteUnprovable(const MatchFinder::MatchResult &Result,
                               const DynTypedNode &Site, SourceLocation Loc,
                               StringRef Why) {
  Loc = siteLocation(*Result.SourceManager, Loc);
  if (SiteCollector *Collector = SiteCollector::forContext(TidyContext))
    Collector->consider(findCarveOut(Site, Loc, *Result.Context).WellFormed);
  noteConnection(Result, Site, Loc, NotJudgedRemarkPrefix,
                 Why.empty() ? "what decides its encryption is not known here"
                             : Why);
}

void SiteCheck::noteSecure(const MatchFinder::MatchResult &Result,
                           const Expr *Site, StringRef How) {
  if (Site)
    noteConnection(Result, DynTypedNode::create(*Site), Site->getBeginLoc(),
                   EncryptedRemarkPrefix, How);
}

void SiteCheck::noteSecure(const MatchFinder::MatchResult &Result,
                           const DeclaratorDecl *Site, StringRef How) {
  if (Site)
    noteConnection(Result, DynTypedNode::create(*Site), Site->getLocation(),
                   EncryptedRemarkPrefix, How);
}

bool SiteCheck::noteTlsVerdict(const MatchFinder::MatchResult &Result,
                               const Expr *Site, Tri Tls, StringRef How,
                               StringRef Maybe) {
  if (Tls == Tri::Yes)
    noteSecure(Result, Site, How);
  else if (Tls == Tri::Maybe)
    noteUnprovable(Result, Site, Maybe);
  return Tls != Tri::No;
}

std::optional<TransportModel::TransportId>
SiteCheck::objectWithoutTls(const MatchFinder::MatchResult &Result,
                            const Expr *Site, const Expr *Handle, model::Kind K,
                            StringRef What, StringRef How, StringRef Maybe) {
  TransportModel &Model = TransportModel::of(*Result.Context);
  auto T = Handle ? Model.transportOf(Handle) : std::nullopt;
  if (!T || Model.originsOf(*T).empty()) {
    noteUnprovable(Result, Site, (What + " is made elsewhere").str());
    return std::nullopt;
  }
  if (noteTlsVerdict(Result, Site, Model.any(*T, model::Role::Tls, K), How,
                     Maybe))
    return std::nullopt;
  return T;
}

namespace {

/// What a site calls or builds, as users name it: "PQconnectdb",
/// "grpc::SslCredentials", "httplib::SSLClient", "boost::asio::ssl::stream".
std::string apiOf(const DynTypedNode &Site) {
  auto TypeName = [](QualType T) -> std::string {
    T = T.getNonReferenceType();
    if (const auto *Spec = T->getAs<TemplateSpecializationType>())
      if (const TemplateDecl *TD = Spec->getTemplateName().getAsTemplateDecl())
        return TD->getQualifiedNameAsString();
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) {
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
        return Spec->getSpecializedTemplate()->getQualifiedNameAsString();
      return RD->getQualifiedNameAsString();
    }
    return T.getUnqualifiedType().getAsString();
  };
  if (const auto *Construct = Site.get<CXXConstructExpr>())
    return TypeName(Construct->getType());
  if (const auto *Call = Site.get<CallExpr>()) {
    if (const FunctionDecl *FD = Call->getDirectCallee())
      return FD->getQualifiedNameAsString();
    return "a call";
  }
  if (const auto *Decl = Site.get<DeclaratorDecl>())
    return TypeName(Decl->getType());
  return "a site";
}

} // namespace

void SiteCheck::noteConnection(const MatchFinder::MatchResult &Result,
                               const DynTypedNode &Site, SourceLocation Loc,
                               StringRef Prefix, StringRef Detail) {
  if (!ReportConnectionSites || CollectOnly)
    return;
  Loc = siteLocation(*Result.SourceManager, Loc);
  // Once per site (not per template instantiation), and never for a site
  // that was reported.
  if (Loc.isInvalid() || Reported.contains(Loc.getRawEncoding()) ||
      !Connections.insert(Loc.getRawEncoding()).second)
    return;
  diag(Loc, (Prefix + "'%0': %1").str(), DiagnosticIDs::Remark)
      << apiOf(Site) << Detail;
}

void SiteCheck::reportAtSites(const MatchFinder::MatchResult &Result,
                              const DeclaratorDecl *Decl,
                              ArrayRef<const Expr *> Sites, const Finding &F) {
  if (Sites.empty()) {
    Finding At = F;
    At.SiteDecl = Decl;
    return report(Result, std::move(At));
  }
  for (const Expr *Site : Sites) {
    Finding At = F;
    At.Site = Site;
    report(Result, std::move(At));
  }
}

void SiteCheck::noteExit(Finding &F, const TransportModel::Event *Exit,
                         StringRef What) {
  if (!Exit || !Exit->Call || !Exit->Callee)
    return;
  F.Notes.push_back(
      {Exit->Call->getBeginLoc(),
       (What + " is handed to '" + Exit->Callee->getNameAsString() +
        "', whose code this translation unit does not have: TLS added there "
        "cannot be verified here")
           .str()});
}

void SiteCheck::report(const MatchFinder::MatchResult &Result, Finding F) {
  const SourceManager &SM = *Result.SourceManager;
  SourceLocation Loc =
      F.Site ? F.Site->getBeginLoc() : F.SiteDecl->getLocation();
  DynTypedNode Node = F.Site ? DynTypedNode::create(*F.Site)
                             : DynTypedNode::create(*F.SiteDecl);
  Loc = siteLocation(SM, Loc);
  // Once per site, not once per template instantiation.
  if (Loc.isInvalid() || !Reported.insert(Loc.getRawEncoding()).second)
    return;

  Verdict V = findCarveOut(Node, Loc, *Result.Context);
  bool External = !F.Destination.empty() && !Internal.isInternal(F.Destination);
  if (SiteCollector *Collector = SiteCollector::forContext(TidyContext))
    Collector->record({CheckName, Loc, Rule == CarveOutRule::Applies,
                       F.Destination, External},
                      V.WellFormed);
  if (CollectOnly)
    return;
  if (V.Accepted && Rule == CarveOutRule::Applies && !External) {
    if (ReportAcceptedCarveOuts) {
      // Messages tools read (transit/Reporting.h): the audit trail of what
      // was accepted, by which comment.
      diag(Loc, (AcceptedRemarkPrefix + "%0%1").str(), DiagnosticIDs::Remark)
          << V.Accepted->Parsed.Guarantee
          << (F.Destination.empty() ? ""
                                    : " (destination " + F.Destination + ")");
      diag(Loc, (AcceptedFindingNotePrefix + "%0").str(), DiagnosticIDs::Note)
          << F.Message;
      diag(V.Accepted->Loc, (CarveOutNotePrefix + "%0; %1").str(),
           DiagnosticIDs::Note)
          << V.Accepted->Parsed.Guarantee << V.Accepted->Parsed.Justification;
    }
    return;
  }

  if ((!F.Replacement.empty() || !F.Edits.empty()) && F.Site &&
      isConditionalArm(F.Site, *Result.Context)) {
    F.Replacement.clear();
    F.Edits.clear();
    F.Note = "no automatic fix: a condition chooses this transport at run "
             "time; make every branch use TLS";
  }
  {
    DiagnosticBuilder Diag = diag(Loc, "%0") << F.Message;
    if (!F.Replacement.empty() && F.Site) {
      if (auto Range =
              rewritableRange(F.Site, SM, Result.Context->getLangOpts())) {
        Diag << FixItHint::CreateReplacement(*Range, F.Replacement);
        if (!F.ReplacementHeader.empty())
          if (auto Include = includeInsertion(SM.getFileID(Range->getBegin()),
                                              F.ReplacementHeader))
            Diag << *Include;
      }
    }
    for (const FixItHint &Edit : F.Edits) {
      std::string Key =
          llvm::formatv("{0}:{1}:{2}:{3}",
                        Edit.RemoveRange.getBegin().getRawEncoding(),
                        Edit.RemoveRange.getEnd().getRawEncoding(),
                        Edit.RemoveRange.isTokenRange(), Edit.CodeToInsert)
              .str();
      if (EmittedEdits.insert(Key).second)
        Diag << Edit;
    }
    if (F.Replacement.empty() && !F.Edits.empty() &&
        !F.ReplacementHeader.empty())
      if (auto Include = includeInsertion(SM.getFileID(SM.getExpansionLoc(Loc)),
                                          F.ReplacementHeader))
        Diag << *Include;
  }
  if (!F.Note.empty())
    diag(Loc, "%0", DiagnosticIDs::Note) << F.Note;
  for (const auto &[NoteLoc, Text] : F.Notes)
    diag(NoteLoc, "%0", DiagnosticIDs::Note) << Text;
  if (V.Accepted && Rule == CarveOutRule::NeverApplies)
    diag(V.Accepted->Loc,
         "a carve-out covers transport encryption only; it cannot excuse "
         "this site",
         DiagnosticIDs::Note);
  else if (V.Accepted)
    diag(V.Accepted->Loc,
         "a carve-out cannot cover traffic to '%0', an external destination "
         "(not in InternalHostPatterns): external traffic is never carved out",
         DiagnosticIDs::Note)
        << F.Destination;
  for (const Comment &C : V.Malformed)
    diag(C.Loc, "this comment is not a valid carve-out: %0",
         DiagnosticIDs::Note)
        << C.Parsed.describeProblem(Marker);
}

} // namespace transit
