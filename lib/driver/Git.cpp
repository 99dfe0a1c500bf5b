//===- Git.cpp - Running git ----------------------------------------------===//
#include "transit/driver/Git.h"
#include "transit/driver/Runner.h"

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

llvm::Expected<std::string> workTree(llvm::StringRef Dir) {
  auto Top = git({"rev-parse", "--show-toplevel"}, Dir);
  if (!Top)
    return Top.takeError();
  return llvm::StringRef(*Top).trim().str();
}

std::string repositoryRoot(llvm::StringRef Explicit) {
  if (!Explicit.empty())
    return absolutePath(Explicit);
  if (auto Top = workTree("."))
    return *Top;
  else
    llvm::consumeError(Top.takeError());
  return absolutePath(".");
}

llvm::Expected<report::ChangedLines> changedSince(llvm::StringRef Rev,
                                                  llvm::StringRef Root) {
  auto D = git({"diff", "--no-color", "--no-ext-diff", "--unified=0",
                "--relative", Rev, "--"},
               Root);
  if (!D)
    return D.takeError();
  auto Changed = report::parseUnifiedDiff(*D);
  if (!Changed)
    return Changed.takeError();
  // Files new to git are not in git diff: all their lines are new.
  auto Untracked = git({"ls-files", "--others", "--exclude-standard"}, Root);
  if (!Untracked)
    return Untracked.takeError();
  llvm::SmallVector<llvm::StringRef, 8> Names;
  llvm::StringRef(*Untracked).split(Names, '\n', -1, false);
  for (llvm::StringRef N : Names)
    Changed->addWholeFile(N);
  return std::move(*Changed);
}

} // namespace transit::driver
