#!/usr/bin/env python3
"""Runs one test source through both transit-tidy front ends.

  check_transit.py [tool options] [--check-suffix S] [--config YAML] [--expect-errors]
                   <source> <checks> <temp-prefix> [-- <compiler args>]

For the source (with its CHECK-* comment lines blanked out, line numbers kept):
  1. clang-tidy --load=libTransitTidy.so -fix: its diagnostics must match the
     CHECK-MESSAGES[-S] lines (FileCheck; an unexpected warning, error or remark
     fails the test);
  2. clang -fplugin=libTransitClang.so -fdiagnostics-parseable-fixits: the
     same diagnostics must match the same lines, and the compile must succeed;
  3. the compiler's fix-its applied to the source must give exactly the file
     clang-tidy fixed, which must match CHECK-FIXES[-S] (or equal the source
     when the test has no CHECK-FIXES lines);
  4. the fixed file must compile (plain clang, no plugin);
  5. with --linked-tidy, transit-clang-tidy (clang-tidy with the checks linked
     in, no --load) must print exactly what clang-tidy printed and fix the
     file exactly as it did.
"""
import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys


def run(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kwargs)


def fail(message, output=None):
    sys.stderr.write(f"check_transit.py: FAIL: {message}\n")
    if output is not None:
        sys.stderr.write("------ output ------\n" + output + "\n--------------------\n")
    sys.exit(1)


def file_check(filecheck, source, prefix, text, label):
    proc = subprocess.run(
        [filecheck, source, f"--check-prefix={prefix}", "--input-file=-",
         "--implicit-check-not={{(warning|error|remark|note):}}", "--dump-input=fail"],
        input=text.encode(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        fail(f"{label}: FileCheck {prefix} failed", proc.stdout.decode(errors="replace") +
             "\n------ checked text ------\n" + text)


FIXIT = re.compile(r'^fix-it:"(?P<file>(?:[^"\\]|\\.)*)":\{(?P<l1>\d+):(?P<c1>\d+)-'
                   r'(?P<l2>\d+):(?P<c2>\d+)\}:"(?P<text>(?:[^"\\]|\\.)*)"$')


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"'}.get(nxt, nxt))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def apply_parseable_fixits(data, output, path):
    """Applies the compiler's -fdiagnostics-parseable-fixits lines for path."""
    starts = [0]
    for i, byte in enumerate(data):
        if byte == 0x0A:
            starts.append(i + 1)
    edits = []
    for line in output.splitlines():
        m = FIXIT.match(line)
        if not m or os.path.realpath(unescape(m["file"])) != os.path.realpath(path):
            continue
        begin = starts[int(m["l1"]) - 1] + int(m["c1"]) - 1
        end = starts[int(m["l2"]) - 1] + int(m["c2"]) - 1
        edit = (begin, end, unescape(m["text"]).encode())
        if edit not in edits:
            edits.append(edit)
    # Back to front; insertions at one place keep the order they were made in.
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], i), reverse=True)
    for begin, end, text in (edits[i] for i in order):
        data = data[:begin] + text + data[end:]
    return data


def main():
    parser = argparse.ArgumentParser()
    for tool in ("clang-tidy", "clang", "clangxx", "filecheck", "tidy-plugin", "clang-plugin"):
        parser.add_argument("--" + tool, required=True)
    parser.add_argument("--linked-tidy", default=None,
                        help="transit-clang-tidy: a third front end, held to clang-tidy's output")
    parser.add_argument("--check-suffix", default="")
    parser.add_argument("--config", default=None)
    parser.add_argument("--no-compile-fixed", action="store_true")
    # The test expects error-level diagnostics (transit-carve-out's report of
    # a NOLINT that would hide it): both front ends must then exit non-zero.
    parser.add_argument("--expect-errors", action="store_true")
    parser.add_argument("source")
    parser.add_argument("checks")
    parser.add_argument("temp")
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    args = parser.parse_args(argv)

    suffix = "-" + args.check_suffix if args.check_suffix else ""
    messages_prefix, fixes_prefix = "CHECK-MESSAGES" + suffix, "CHECK-FIXES" + suffix
    with open(args.source, "rb") as f:
        original = f.read()
    # Blank out CHECK lines (keeping "//" and the line count), so that their
    # text neither matches CHECK-FIXES nor reads as a carve-out.
    cleaned = re.sub(rb"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", b"//", original)
    text = original.decode("utf-8", errors="replace")
    has_messages = re.search(r"\b" + re.escape(messages_prefix) + r":", text) is not None
    has_fixes = re.search(r"\b" + re.escape(fixes_prefix) + r":", text) is not None

    ext = os.path.splitext(args.source)[1]
    is_c = ext == ".c"
    os.makedirs(os.path.dirname(os.path.abspath(args.temp)) or ".", exist_ok=True)
    tidy_file = args.temp + ".tidy" + ext
    clang_file = args.temp + ".clang" + ext
    linked_file = args.temp + ".linked" + ext
    for path in (tidy_file, clang_file, linked_file):
        with open(path, "wb") as f:
            f.write(cleaned)

    # 1. clang-tidy, fixing in place.
    # With errors expected, clang-tidy applies fixes only under --fix-errors.
    tidy_cmd = [args.clang_tidy, f"--load={args.tidy_plugin}", f"-checks=-*,{args.checks}",
                "--fix-errors" if args.expect_errors else "-fix", "--quiet"]
    if args.config:
        tidy_cmd.append(f"-config={args.config}")
    tidy_cmd += [tidy_file, "--"] + extra
    tidy = run(tidy_cmd)
    tidy_out = tidy.stdout.decode(errors="replace")
    # (--fix-errors exits 0 after fixing; CHECK-MESSAGES must then show the
    # errors, and the compiler below must fail.)
    if tidy.returncode != 0 and not args.expect_errors:
        fail("clang-tidy failed: " + shlex.join(tidy_cmd), tidy_out)
    if args.expect_errors and "error:" not in tidy_out:
        fail("clang-tidy reported no error, but errors are expected: " + shlex.join(tidy_cmd),
             tidy_out)
    tidy_diags = "\n".join(l for l in tidy_out.splitlines()
                           if not l.startswith("clang-tidy applied")
                           and not l.endswith("note: FIX-IT applied suggested code changes"))
    if has_messages:
        file_check(args.filecheck, args.source, messages_prefix, tidy_diags, "clang-tidy")
    elif re.search(r"(warning|error|remark):", tidy_diags):
        fail("clang-tidy reported diagnostics, but the test expects none", tidy_out)

    # 5. (early: it compares with step 1) clang-tidy with the checks linked in.
    if args.linked_tidy:
        linked_cmd = [args.linked_tidy] + [a.replace(tidy_file, linked_file)
                                           for a in tidy_cmd[1:] if not a.startswith("--load=")]
        linked = run(linked_cmd)
        linked_out = linked.stdout.decode(errors="replace").replace(linked_file, tidy_file)
        if linked.returncode != tidy.returncode or linked_out != tidy_out:
            diff = difflib.unified_diff(tidy_out.splitlines(), linked_out.splitlines(),
                                        "clang-tidy --load", "transit-clang-tidy", lineterm="")
            fail("transit-clang-tidy and clang-tidy --load differ: " + shlex.join(linked_cmd),
                 "\n".join(diff))
        with open(tidy_file, "rb") as f, open(linked_file, "rb") as g:
            if f.read() != g.read():
                fail("transit-clang-tidy fixed the file differently from clang-tidy --load")

    # 2. The compiler with the plugin, on an untouched copy.
    compiler = args.clang if is_c else args.clangxx
    clang_cmd = [compiler, "-fsyntax-only", f"-fplugin={args.clang_plugin}",
                 f"-fplugin-arg-transit-checks=-*,{args.checks}",
                 "-fdiagnostics-parseable-fixits", "-fno-color-diagnostics"]
    if args.config:
        clang_cmd.append(f"-fplugin-arg-transit-config={args.config}")
    clang_cmd += [clang_file] + extra
    compiled = run(clang_cmd)
    clang_out = compiled.stdout.decode(errors="replace")
    if (compiled.returncode != 0) != args.expect_errors:
        fail("the compile with the plugin " + ("succeeded, but errors are expected: "
                                               if args.expect_errors else "failed: ")
             + shlex.join(clang_cmd), clang_out)
    clang_diags = "\n".join(l for l in clang_out.splitlines()
                            if not l.startswith("fix-it:") and not re.match(r"^\d+ \w+ generated\.$", l))
    if has_messages:
        file_check(args.filecheck, args.source, messages_prefix, clang_diags, "compiler plugin")
    elif re.search(r"(warning|error|remark):", clang_diags):
        fail("the compiler plugin reported diagnostics, but the test expects none", clang_out)

    # 3. Both front ends fix the same way.
    with open(tidy_file, "rb") as f:
        fixed_by_tidy = f.read()
    fixed_by_clang = apply_parseable_fixits(cleaned, clang_out, clang_file)
    if fixed_by_clang != fixed_by_tidy:
        diff = difflib.unified_diff(
            fixed_by_tidy.decode(errors="replace").splitlines(),
            fixed_by_clang.decode(errors="replace").splitlines(),
            "fixed by clang-tidy", "fixed by the compiler plugin's fix-its", lineterm="")
        fail("the front ends' fixes differ", "\n".join(diff))
    if has_fixes:
        proc = subprocess.run([args.filecheck, args.source, f"--check-prefix={fixes_prefix}",
                               "--strict-whitespace", "--input-file", tidy_file],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if proc.returncode != 0:
            fail(f"FileCheck {fixes_prefix} failed", proc.stdout.decode(errors="replace"))
    elif fixed_by_tidy != cleaned:
        diff = difflib.unified_diff(cleaned.decode(errors="replace").splitlines(),
                                    fixed_by_tidy.decode(errors="replace").splitlines(),
                                    "source", "fixed", lineterm="")
        fail(f"fixes were applied, but the test has no {fixes_prefix} lines", "\n".join(diff))

    # 4. The fixed file compiles.
    if fixed_by_tidy != cleaned and not args.no_compile_fixed:
        check_cmd = [compiler, "-fsyntax-only", "-fno-color-diagnostics", tidy_file] + extra
        checked = run(check_cmd)
        if checked.returncode != 0:
            fail("the fixed file does not compile: " + shlex.join(check_cmd),
                 checked.stdout.decode(errors="replace"))


if __name__ == "__main__":
    main()
