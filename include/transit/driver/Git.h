//===- transit/driver/Git.h - Running git -----------------------*- C++ -*-===//
//
// What transit-tidy (review mode) and transit-audit (tracked files, blame)
// ask git.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_DRIVER_GIT_H
#define TRANSIT_DRIVER_GIT_H

#include "transit/report/Diff.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace transit::driver {

/// Runs `git -C Dir Args...`; its standard output, or an error holding its
/// standard error (or saying git is not installed).
llvm::Expected<std::string> git(llvm::ArrayRef<llvm::StringRef> Args,
                                llvm::StringRef Dir);

/// The top directory of the git work tree holding \p Dir.
llvm::Expected<std::string> workTree(llvm::StringRef Dir);

/// The repository root a tool works in: \p Explicit (--root) when given,
/// else the work tree of the current directory, else the current directory.
std::string repositoryRoot(llvm::StringRef Explicit);

/// The lines `git diff Rev` adds or changes in the work tree at \p Root
/// (paths relative to it), and every line of each file new to git.
llvm::Expected<report::ChangedLines> changedSince(llvm::StringRef Rev,
                                                  llvm::StringRef Root);

} // namespace transit::driver

#endif // TRANSIT_DRIVER_GIT_H
