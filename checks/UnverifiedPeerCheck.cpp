//===- UnverifiedPeerCheck.cpp - transit-unverified-peer ------------------===//
#include "UnverifiedPeerCheck.h"

#include "transit/HandleUse.h"

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace transit {

void UnverifiedPeerCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(callee(functionDecl(hasName("::curl_easy_setopt"))),
               argumentCountIs(3))
          .bind("curl-setopt"),
      this);
}

void UnverifiedPeerCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("curl-setopt");
  StringRef Option = enumeratorName(Call->getArg(1));
  bool Peer = Option == "CURLOPT_SSL_VERIFYPEER" ||
              Option == "CURLOPT_PROXY_SSL_VERIFYPEER";
  bool Host = Option == "CURLOPT_SSL_VERIFYHOST" ||
              Option == "CURLOPT_PROXY_SSL_VERIFYHOST";
  if (!Peer && !Host)
    return;
  const Expr *Value = Call->getArg(2);
  Expr::EvalResult Evaluated;
  if (Value->isValueDependent() ||
      !Value->EvaluateAsInt(Evaluated, *Result.Context))
    return; // not a constant: not provably off
  int64_t V = Evaluated.Val.getInt().getExtValue();
  if ((Peer && V != 0) || (Host && V >= 2))
    return;

  Finding F;
  F.Site = Call;
  if (Peer)
    F.Message = ("'curl_easy_setopt' turns " + Option +
                 " off, so any certificate is accepted and anyone on the "
                 "network path can impersonate the server; leave it on (1L): "
                 "authentication is never carved out")
                    .str();
  else
    F.Message = ("'curl_easy_setopt' sets " + Option +
                 " below 2, so the certificate's host name is not checked and "
                 "any valid certificate can impersonate the server; use 2L: "
                 "authentication is never carved out")
                    .str();
  if (auto Range = rewritableRange(Value, *Result.SourceManager,
                                   Result.Context->getLangOpts()))
    F.Edits.push_back(FixItHint::CreateReplacement(*Range, Peer ? "1L" : "2L"));
  report(Result, std::move(F));
}

} // namespace transit
