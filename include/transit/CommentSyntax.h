//===- transit/CommentSyntax.h - Comments of files that are not C++ -*- C++
//-*-===//
//
// ZFN-3 carve-outs also live in configuration and infrastructure code (YAML,
// Terraform, Helm, Dockerfiles, shell, Go, Python, SQL ...). transit-audit
// finds them there: this is the table of which comment syntax each kind of
// file has (by file name, then by extension, never by guessing from content)
// and a scanner that returns the comment blocks of a file, ready for the one
// carve-out grammar (CarveOut.h). No Clang.
//
//===----------------------------------------------------------------------===//
#ifndef TRANSIT_COMMENTSYNTAX_H
#define TRANSIT_COMMENTSYNTAX_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <string>
#include <vector>

namespace transit {

struct CommentSyntax {
  /// What the table calls it ("YAML", "Terraform / HCL", "shell" ...).
  llvm::StringLiteral Name;
  /// Line-comment leaders: "#", "//", "--", ";".
  llvm::ArrayRef<llvm::StringLiteral> Line;
  /// Block comments as open/close pairs: "/*" "*/", "<!--" "-->".
  llvm::ArrayRef<std::pair<llvm::StringLiteral, llvm::StringLiteral>> Block;
  /// The quote characters of the language's strings on one line: a leader
  /// inside a string starts no comment (`url: "http://x/#frag"`).
  llvm::StringLiteral Quotes;
};

/// The syntax of the file at \p Path (by its name: `Dockerfile`,
/// `Makefile`, `CMakeLists.txt`, `Jenkinsfile`; else by its extension,
/// case-insensitively), or null when the table does not know it.
const CommentSyntax *commentSyntaxFor(llvm::StringRef Path);

/// The table's C and C++ entry (for files the compiler reads, whatever
/// their extension).
const CommentSyntax &cxxCommentSyntax();

/// Every entry of the table, for docs and tests.
llvm::ArrayRef<CommentSyntax> commentSyntaxes();

/// One comment block of a file: a run of whole-line comments on consecutive
/// lines, a comment trailing code, or one block comment.
struct TextComment {
  size_t Begin = 0; ///< offset in the file of the first leader
  size_t End = 0;   ///< one past the block's last character
  /// The file's text [Begin, End) with the comment leaders and closers of
  /// the syntax replaced by spaces, so that offsets into it plus Begin are
  /// offsets into the file, and what remains is what the comment says.
  std::string Text;
};

/// The comment blocks of \p Text under \p Syntax, in order.
std::vector<TextComment> findComments(llvm::StringRef Text,
                                      const CommentSyntax &Syntax);

} // namespace transit

#endif // TRANSIT_COMMENTSYNTAX_H
