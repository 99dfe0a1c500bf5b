//===- TransitClangTidy.cpp - clang-tidy with the transit checks linked in ===//
//
// For IDEs and runners that take a clang-tidy path (VS Code's C/C++
// extension, CLion, Qt Creator, run-clang-tidy, CMake's <LANG>_CLANG_TIDY)
// and for machines where plugins cannot be loaded: clang-tidy itself, every
// upstream module included, with the transit module registered beside them
// (tidy/TransitTidyModule.cpp is compiled into this program). No --load.
//
// clang-tidy finds clang's built-in headers relative to its own executable;
// this one lives elsewhere, so it passes the resource directory of the LLVM
// it was built against (unless the command line already names one).
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

int main(int argc, const char **argv) {
  std::vector<const char *> Args(argv, argv + argc);
  bool Named = false;
  for (llvm::StringRef A : llvm::ArrayRef(argv, argc))
    Named |= A.contains("-resource-dir");
  static const std::string ResourceDir =
      "--extra-arg-before=-resource-dir=" TRANSIT_RESOURCE_DIR;
  if (!Named)
    Args.insert(Args.begin() + 1, ResourceDir.c_str());
  return clang::tidy::clangTidyMain(Args.size(), Args.data());
}
