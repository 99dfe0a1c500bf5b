//===- InsecureGrpcCheck.h - transit-insecure-grpc --------------*- C++ -*-===//
#ifndef TRANSIT_CHECKS_INSECUREGRPCCHECK_H
#define TRANSIT_CHECKS_INSECUREGRPCCHECK_H

#include "transit/SiteCheck.h"

namespace transit {

/// Flags gRPC channels and servers built on plaintext transport, in the C++
/// API (grpcpp) and the C core API.
///
/// Docs: docs/checks/transit-insecure-grpc.md
class InsecureGrpcCheck : public SiteCheck {
public:
  InsecureGrpcCheck(llvm::StringRef Name,
                    clang::tidy::ClangTidyContext *Context);
  void registerSiteMatchers(SiteMatchers &Sites) override;
  void
  check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  const std::string ChannelCredentialsReplacement;
  const std::string ChannelCredentialsHeader;
  const std::string ServerCredentialsReplacement;
  const std::string ServerCredentialsHeader;
};

} // namespace transit

#endif // TRANSIT_CHECKS_INSECUREGRPCCHECK_H
