#!/usr/bin/env python3
"""Writes the hostile inputs of test/frontends/hostile-input.test into DIR.

Each file has gRPC sites (test/checks/Inputs/grpc) whose expected verdicts the
test checks; the bytes that matter (CRLF, a BOM, invalid UTF-8, NUL bytes)
are written here rather than kept in the repository, where editors and git
attributes could change them.
"""
import os
import sys

SITE = b"grpc::InsecureChannelCredentials()"
CARVE = b"// ZFN-3 carve-out: the sidecar binds 127.0.0.1 only; the pod network is not reachable.\n"


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main(out):
    os.makedirs(out, exist_ok=True)
    inc = b"#include <grpcpp/grpcpp.h>\n"

    # 100k lines: 10 sites, one every 10,000 lines, every other one carved out.
    lines = [inc]
    for i in range(100_000):
        if i % 10_000 == 5_000:
            if (i // 10_000) % 2:
                lines.append(CARVE)
            lines.append(b"auto site%d = " % i + SITE + b";\n")
        else:
            lines.append(b"static int filler%d(int x) { return x * %d + 1; }\n" % (i, i % 97))
    write(os.path.join(out, "huge.cpp"), b"".join(lines))

    # Macros 64 deep around a site, and a template instantiated 256 times
    # deep whose body holds one site: one finding each, no fix-it in a macro.
    deep = [inc]
    deep.append(b"#define WRAP0(x) x\n")
    for i in range(1, 64):
        deep.append(b"#define WRAP%d(x) WRAP%d(x)\n" % (i, i - 1))
    deep.append(b"auto wrapped = WRAP63(" + SITE + b");\n")
    deep.append(b"template <int N> struct Deep {\n"
                b"  static std::shared_ptr<grpc::ChannelCredentials> make() {\n"
                b"    if (N == 0) return " + SITE + b";\n"
                b"    return Deep<(N > 0 ? N - 1 : 0)>::make();\n  }\n};\n"
                b"template <> struct Deep<-1> {};\n"
                b"auto deep = Deep<255>::make();\n")
    write(os.path.join(out, "deep.cpp"), b"".join(deep))

    # CRLF line ends, a UTF-8 BOM, invalid UTF-8 and NUL bytes in comments
    # and string literals. The carve-out with CRLF is accepted; the
    # one with a NUL inside its marker is a near miss, not a carve-out.
    bytes_ = (b"\xef\xbb\xbf" + inc +
              CARVE.replace(b"\n", b"\r\n") +
              b"auto crlf = " + SITE + b";\r\n" +
              b"// \xff\xfe\x00 not UTF-8, a NUL \x00 byte\r\n" +
              b"const char *text = \"\xc3\x28 \x00 ZFN-3 carve-out: in a literal; no\";\r\n" +
              b"auto after_literal = " + SITE + b";\r\n" +
              b"// ZFN-3 carve\x00-out: loopback only; a NUL in the marker\r\n" +
              b"auto nul_marker = " + SITE + b";\r\n")
    write(os.path.join(out, "bytes.cpp"), bytes_)

    # Carve-out text in a string literal on the line above, and in a macro
    # that expands to a string: neither is a comment, so neither counts.
    write(os.path.join(out, "literal.cpp"), inc +
          b"#define NOTE \"// ZFN-3 carve-out: loopback only; in a macro string\"\n"
          b"const char *note = \"// ZFN-3 carve-out: loopback only; in a literal\";\n"
          b"auto from_literal = " + SITE + b";\n"
          b"const char *macro_note = NOTE;\n"
          b"auto from_macro = " + SITE + b";\n"
          b"const char *raw = R\"(\n" + CARVE + b")\";\n"
          b"auto from_raw = " + SITE + b";\n")

    # A site in a user header (reported there, once, whoever includes it
    # twice) and sites under #line directives (reported at the presumed
    # location the directive gives, with the carve-out still found).
    write(os.path.join(out, "channel.h"),
          b"#pragma once\n" + inc +
          b"inline auto header_creds() { return " + SITE + b"; }\n")
    write(os.path.join(out, "lines.cpp"),
          b"#include \"channel.h\"\n#include \"channel.h\"\n"
          b"#line 9000 \"generated.proto.cpp\"\n"
          b"auto generated = " + SITE + b";\n" + CARVE +
          b"auto generated_carved = " + SITE + b";\n"
          b"#line 20\n"
          b"auto renumbered = " + SITE + b";\n")


if __name__ == "__main__":
    main(sys.argv[1])
