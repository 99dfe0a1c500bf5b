//===- Format.h - Cells and fields both audit reports write -----*- C++ -*-===//
#ifndef TRANSIT_LIB_AUDIT_FORMAT_H
#define TRANSIT_LIB_AUDIT_FORMAT_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace transit::audit {

/// The first name a message quotes: 'grpc::InsecureChannelCredentials' ...
inline std::string firstQuoted(llvm::StringRef Message) {
  size_t Open = Message.find('\'');
  size_t Close =
      Open == llvm::StringRef::npos ? Open : Message.find('\'', Open + 1);
  if (Close == llvm::StringRef::npos)
    return "";
  return Message.slice(Open + 1, Close).str();
}

/// Text for one cell of a Markdown table: `|` escaped, line breaks folded.
inline std::string markdownCell(llvm::StringRef Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '|')
      Out += "\\|";
    else if (C == '\n' || C == '\r')
      Out += ' ';
    else
      Out += C;
  }
  return Out;
}

/// One RFC 4180 field: quoted when it holds a comma, quote or line break.
inline std::string csvField(llvm::StringRef Text) {
  if (Text.find_first_of(",\"\r\n") == llvm::StringRef::npos)
    return Text.str();
  std::string Out = "\"";
  for (char C : Text) {
    if (C == '"')
      Out += '"';
    Out += C;
  }
  return Out + "\"";
}

/// One CSV record, CRLF-terminated.
inline std::string csvRow(const std::vector<std::string> &Fields) {
  std::string Out;
  for (size_t I = 0; I < Fields.size(); ++I)
    Out += (I ? "," : "") + csvField(Fields[I]);
  return Out + "\r\n";
}

} // namespace transit::audit

#endif // TRANSIT_LIB_AUDIT_FORMAT_H
