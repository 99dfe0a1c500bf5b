//===- transit/driver/Git.h - Running git -----------------------*- C++ -*-===//
//
// What transit-tidy (review mode) and transit-audit (tracked files, blame)
// ask git.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_DRIVER_GIT_H
#define TRANSIT_DRIVER_GIT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace transit::driver {

/// Runs `git -C Dir Args...`; its standard output, or an error holding its
/// standard error (or saying git is not installed).
llvm::Expected<std::string> git(llvm::ArrayRef<llvm::StringRef> Args,
                                llvm::StringRef Dir);

} // namespace transit::driver

#endif // TRANSIT_DRIVER_GIT_H
