//===- TransitTidyModule.cpp - Registers the transit module with clang-tidy
//===//
//
// Loaded into clang-tidy (`clang-tidy --load=libTransitTidy.so`): the module
// registers itself in clang-tidy's module registry, and every check of
// checks/Checks.def becomes available as `transit-<name>`.
//
//===----------------------------------------------------------------------===//
#include "TransitModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22 // since 22, ClangTidyModule.h declares the registry
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

static clang::tidy::ClangTidyModuleRegistry::Add<transit::TransitModule>
    TransitModuleRegistration("transit-module",
                              "ZFN-3 encryption-in-transit checks.");
