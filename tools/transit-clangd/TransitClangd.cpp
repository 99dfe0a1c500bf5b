//===- TransitClangd.cpp - clangd with the transit checks linked in -------===//
//
// clangd cannot load clang-tidy plugins; this is clangd with the transit
// module registered in its clang-tidy module registry
// (tidy/TransitTidyModule.cpp is compiled into this program). Enable the
// checks in .clangd:
//
//   Diagnostics:
//     ClangTidy:
//       Add: [transit-*]
//
// docs/editors.md shows the editors' settings. Like transit-clang-tidy it
// passes the resource directory (built-in headers) of its LLVM, which clangd
// would otherwise look for beside its own executable.
//
//===----------------------------------------------------------------------===//
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace clang::clangd {
int clangdMain(int argc, char *argv[]); // libclangdMain.a (tool/ClangdMain.cpp)
} // namespace clang::clangd

int main(int argc, char *argv[]) {
  std::vector<char *> Args(argv, argv + argc);
  bool Named = false;
  for (llvm::StringRef A : llvm::ArrayRef(argv, argc))
    Named |= A.starts_with("--resource-dir") || A.starts_with("-resource-dir");
  static std::string ResourceDir = "--resource-dir=" TRANSIT_RESOURCE_DIR;
  if (!Named)
    Args.insert(Args.begin() + 1, ResourceDir.data());
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(Args.size() - 1, Args.data());
}
