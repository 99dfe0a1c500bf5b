//===- TransitModule.cpp - The transit checks as a clang-tidy module ------===//
#include "TransitModule.h"
#include "TransitCheckHeaders.inc" // generated from Checks.def by CMake

namespace transit {

void TransitModule::addCheckFactories(
    clang::tidy::ClangTidyCheckFactories &Factories) {
#define TRANSIT_CHECK(Class, Name) Factories.registerCheck<Class>(Name);
#include "Checks.def"
}

llvm::ArrayRef<llvm::StringLiteral> allCheckNames() {
  static constexpr llvm::StringLiteral Names[] = {
#define TRANSIT_CHECK(Class, Name) Name,
#include "Checks.def"
  };
  return Names;
}

} // namespace transit
