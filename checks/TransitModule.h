//===- TransitModule.h - The transit checks as a clang-tidy module -*- C++
//-*-===//
#ifndef TRANSIT_CHECKS_TRANSITMODULE_H
#define TRANSIT_CHECKS_TRANSITMODULE_H

#include "clang-tidy/ClangTidyModule.h"

namespace transit {

/// Every check listed in Checks.def. Registered with clang-tidy by
/// tidy/TransitTidyModule.cpp and instantiated by the compiler plugin.
class TransitModule : public clang::tidy::ClangTidyModule {
public:
  void
  addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override;
};

/// The names of all transit checks, in registry order.
llvm::ArrayRef<llvm::StringLiteral> allCheckNames();

} // namespace transit

#endif // TRANSIT_CHECKS_TRANSITMODULE_H
