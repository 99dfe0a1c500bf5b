//===- transit/UserFiles.h - Is this file user code? ------------*- C++ -*-===//
#ifndef TRANSIT_USERFILES_H
#define TRANSIT_USERFILES_H

#include "clang/Basic/SourceManager.h"

namespace transit {

/// Tells user files (the main file, non-system headers) from system headers,
/// remembering the last file asked about: the comments, #includes and
/// top-level declarations it is asked about come file by file.
class UserFiles {
public:
  /// \p SystemHeaders: count system headers as user files too (clang-tidy
  /// --system-headers).
  explicit UserFiles(bool SystemHeaders = false)
      : SystemHeaders(SystemHeaders) {}

  bool contains(const clang::SourceManager &SM, clang::FileID File) {
    if (File != Last) {
      Last = File;
      LastIsUser =
          SystemHeaders || !SM.isInSystemHeader(SM.getLocForStartOfFile(File));
    }
    return LastIsUser;
  }

private:
  const bool SystemHeaders;
  clang::FileID Last;
  bool LastIsUser = false;
};

} // namespace transit

#endif // TRANSIT_USERFILES_H
