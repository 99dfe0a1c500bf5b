//===- Git.cpp - Running git ----------------------------------------------===//
#include "transit/driver/Git.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"

#include <optional>
#include <vector>

namespace transit::driver {

llvm::Expected<std::string> git(llvm::ArrayRef<llvm::StringRef> Args,
                                llvm::StringRef Dir) {
  llvm::ErrorOr<std::string> Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return llvm::createStringError(Git.getError(), "git is not installed");
  llvm::SmallString<128> Out, Err;
  llvm::sys::fs::createTemporaryFile("transit-git", "out", Out);
  llvm::sys::fs::createTemporaryFile("transit-git", "err", Err);
  std::vector<llvm::StringRef> Argv = {*Git, "-C", Dir};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, Out.str(),
                                                Err.str()};
  int RC = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects);
  auto Read = [](llvm::StringRef Path) {
    auto B = llvm::MemoryBuffer::getFile(Path);
    std::string S = B ? (*B)->getBuffer().str() : "";
    llvm::sys::fs::remove(Path);
    return S;
  };
  std::string Stdout = Read(Out), Stderr = Read(Err);
  if (RC != 0)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "git " + llvm::join(Args, " ") +
            " failed: " + llvm::StringRef(Stderr).trim());
  return Stdout;
}

} // namespace transit::driver
