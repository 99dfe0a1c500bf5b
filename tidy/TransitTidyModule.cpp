//===- TransitTidyModule.cpp - Registers the transit module with clang-tidy ===//
//
// Loaded into clang-tidy (`clang-tidy --load=libTransitTidy.so`): the module
// registers itself in clang-tidy's module registry, and every check of
// checks/Checks.def becomes available as `transit-<name>`.
//
//===----------------------------------------------------------------------===//
#include "TransitModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

static clang::tidy::ClangTidyModuleRegistry::Add<transit::TransitModule>
    TransitModuleRegistration("transit-module",
                              "ZFN-3 encryption-in-transit checks.");
