#!/usr/bin/env python3
"""Fix-it safety: applies every fix transit's checks propose, and proves the
result is sound.

  fix_safety.py --clang-tidy T --tidy-plugin P --transit-tidy D --clang C --clangxx X
                --work DIR (--lit-tests DIR... | --corpus WORK) [-j N] [--filter RE]
                [--min-fixes N] [--no-skips]

Inputs are either lit test sources (every `%check_transit` RUN line: its
--config and the compile arguments after `--`; %S is the test's directory)
or an extracted corpus tree (the `// FLAGS:` line of each file). They are
copied under --work (CHECK lines blanked, as check_transit.py does, so that
their text never reads as a carve-out) and for each one, with every transit-*
check on:

  1. clang-tidy --export-fixes: no replacement touches a system header or a
     file outside the copy, none falls inside a #define (a macro body), and
     no two replacements in a file overlap;
  2. clang-tidy -fix, then the fixed file still compiles with the same
     arguments (or, for a source that had errors already, no new ones);
  3. a second clang-tidy --export-fixes on the fixed file proposes nothing;
  4. transit-tidy --fix on an untouched copy (through a compile_commands.json)
     leaves exactly the bytes clang-tidy -fix left, a second transit-tidy
     --fix changes nothing, and no temporary file is left behind.

An input that does not compile here before any fix (its header tier is not
installed) is skipped and counted; --no-skips makes that a failure (CI).
Inputs run in parallel (-j). Prints one line per input and a summary
(inputs, fixes applied, files changed); exit 1 on any violation, with every
violation listed, or when fewer than --min-fixes fixes were applied at all
(the run must prove something).
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

import yaml

RUN_LINE = re.compile(r"^\s*(?://|#)\s*RUN:\s?(.*)$")
CHECK_LINE = re.compile(rb"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*")
FLAGS_LINE = re.compile(r"^// FLAGS: (.*)$", re.M)
DEFINE = re.compile(rb"^[ \t]*#[ \t]*define\b", re.M)
SYSTEM_PREFIXES = ("/usr/", "/lib/", "/opt/")


class Input:
    def __init__(self, name, source, args, config=None, has_errors_expected=False):
        self.name = name          # as printed
        self.source = source      # the original file
        self.args = args          # compile arguments, %S not yet substituted
        self.config = config
        self.expect_errors = has_errors_expected
        self.work = None          # its own directory under --work
        self.problems = []
        self.fixes = 0


def lit_inputs(dirs):
    """One Input per %check_transit RUN line of the tests in dirs."""
    inputs = []
    for d in dirs:
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            if not os.path.isfile(path) or not name.endswith((".c", ".cpp")):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                lines = f.read().splitlines()
            commands, current = [], ""
            for line in lines:
                m = RUN_LINE.match(line)
                if not m:
                    continue
                part = m.group(1)
                if part.rstrip().endswith("\\"):
                    current += part.rstrip()[:-1] + " "
                    continue
                commands.append(current + part)
                current = ""
            for n, command in enumerate(c for c in commands if "%check_transit" in c):
                words = shlex.split(command.split("|")[0])
                words = words[words.index("%check_transit") + 1:]
                config, expect_errors = None, False
                extra = words[words.index("--") + 1:] if "--" in words else []
                opts = words[:words.index("--")] if "--" in words else words
                i = 0
                while i < len(opts):
                    if opts[i] == "--config":
                        config = opts[i + 1]
                        i += 2
                    elif opts[i] == "--check-suffix":
                        i += 2
                    elif opts[i] == "--expect-errors":
                        expect_errors = True
                        i += 1
                    else:
                        i += 1
                label = f"{os.path.basename(d)}/{name}" + (f"#{n + 1}" if n else "")
                inputs.append(Input(label, path, extra, config, expect_errors))
    return inputs


def corpus_inputs(work):
    inputs = []
    for root, _, files in os.walk(work):
        for name in sorted(files):
            if not name.endswith((".c", ".cc", ".cpp", ".cxx")):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                m = FLAGS_LINE.search(f.read())
            if m:
                inputs.append(Input(os.path.relpath(path, work), path, shlex.split(m.group(1))))
    return sorted(inputs, key=lambda i: i.name)


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace")


def define_ranges(data):
    """Byte ranges of every #define directive (with its continuation lines)."""
    ranges = []
    for m in DEFINE.finditer(data):
        end = m.start()
        while True:
            nl = data.find(b"\n", end)
            if nl < 0:
                end = len(data)
                break
            line = data[end:nl].rstrip(b"\r")
            end = nl + 1
            if not line.endswith(b"\\"):
                break
        ranges.append((m.start(), end))
    return ranges


def replacements(fixes_yaml):
    """(file, offset, length, text, check) for every fix clang-tidy would apply."""
    if not os.path.exists(fixes_yaml):
        return []
    with open(fixes_yaml, encoding="utf-8", errors="replace") as f:
        doc = yaml.safe_load(f) or {}
    out = []
    for d in doc.get("Diagnostics") or []:
        for r in (d.get("DiagnosticMessage") or {}).get("Replacements") or []:
            out.append((r["FilePath"], int(r["Offset"]), int(r["Length"]),
                        r.get("ReplacementText") or "", d.get("DiagnosticName", "?")))
    return out


def snapshot(root):
    return {os.path.relpath(os.path.join(r, f), root):
            hashlib.sha256(open(os.path.join(r, f), "rb").read()).hexdigest()
            for r, _, files in os.walk(root) for f in files}


class Checker:
    def __init__(self, a):
        self.a = a

    def problem(self, inp, message, output=""):
        inp.problems.append(f"{inp.name}: {message}" + (f"\n    {output.strip()[:2000]}"
                                                         if output.strip() else ""))

    def copy(self, inp, slot, src_root):
        """A fresh copy of the input's tree; returns (root, file, args) in it."""
        dest = os.path.join(inp.work, slot)
        if os.path.exists(dest):
            shutil.rmtree(dest)
        shutil.copytree(src_root, dest, symlinks=True)
        rel = os.path.relpath(inp.source, src_root)
        copied = os.path.join(dest, rel)
        with open(copied, "rb") as f:
            data = f.read()
        with open(copied, "wb") as f:
            f.write(CHECK_LINE.sub(b"//", data))
        test_dir = os.path.dirname(copied)
        args = [x.replace("%S", test_dir).replace(src_root, dest) for x in inp.args]
        return dest, copied, args

    def compiler(self, path):
        return self.a.clang if path.endswith(".c") else self.a.clangxx

    def errors(self, path, args):
        out = run([self.compiler(path), "-fsyntax-only", "-fno-color-diagnostics", path, *args])
        return len(re.findall(r"\berror:", out.stdout)), out.stdout

    def tidy(self, path, args, config, *mode):
        cmd = [self.a.clang_tidy, f"--load={self.a.tidy_plugin}", "-checks=-*,transit-*",
               "--quiet", *mode]
        if config:
            cmd.append(f"-config={config}")
        return run(cmd + [path, "--", *args])

    def check(self, inp, src_root):
        """(fixes proposed, files changed, errors before), or None when the
        input does not compile here (a header tier not installed)."""
        root, path, args = self.copy(inp, "tidy", src_root)
        before_errors, before_out = self.errors(path, args)
        if before_errors and not inp.expect_errors:
            return None
        fixes_yaml = os.path.join(inp.work, "fixes.yaml")
        if os.path.exists(fixes_yaml):
            os.remove(fixes_yaml)
        self.tidy(path, args, inp.config, f"--export-fixes={fixes_yaml}")
        reps = replacements(fixes_yaml)
        # 1. Where the fixes go.
        by_file = {}
        for file, off, length, text, check in reps:
            real = os.path.realpath(file)
            if real.startswith(SYSTEM_PREFIXES) or not real.startswith(os.path.realpath(root) + os.sep):
                self.problem(inp, f"{check}: a fix edits {file}, outside the project (a system header?)")
                continue
            by_file.setdefault(real, set()).add((off, length, text, check))
        for file, edits in by_file.items():
            with open(file, "rb") as f:
                data = f.read()
            for off, length, text, check in edits:
                if off + length > len(data):
                    self.problem(inp, f"{check}: a fix at {off}+{length} is past the end of {file}")
                for b, e in define_ranges(data):
                    if b <= off < e or (length and b < off + length <= e):
                        line = data.count(b"\n", 0, off) + 1
                        self.problem(inp, f"{check}: a fix edits a macro body "
                                          f"({os.path.basename(file)}:{line})")
            ordered = sorted(edits)
            for (o1, l1, t1, c1), (o2, l2, t2, c2) in zip(ordered, ordered[1:]):
                if o2 < o1 + l1 or (o1 == o2 and l1 == 0 and l2 == 0 and t1 != t2
                                    and not (t1.endswith("\n") and t2.endswith("\n"))):
                    self.problem(inp, f"fixes of {c1} and {c2} overlap at offset {o2} of "
                                      f"{os.path.basename(file)}")
        before = snapshot(root)
        # 2. Apply them; the result compiles.
        out = self.tidy(path, args, inp.config,
                        "--fix-errors" if inp.expect_errors or before_errors else "-fix")
        after = snapshot(root)
        changed = sorted(k for k in after if before.get(k) != after[k])
        if reps and not changed:
            self.problem(inp, f"{len(reps)} fixes proposed, but -fix changed nothing", out.stdout)
        after_errors, after_out = self.errors(path, args)
        if after_errors > before_errors:
            self.problem(inp, f"the fixed file does not compile ({before_errors} errors before, "
                              f"{after_errors} after)", after_out)
        # 3. Nothing left to fix.
        os.remove(fixes_yaml) if os.path.exists(fixes_yaml) else None
        self.tidy(path, args, inp.config, f"--export-fixes={fixes_yaml}")
        again = replacements(fixes_yaml)
        if again:
            self.problem(inp, "a second run proposes more fixes: " +
                         ", ".join(sorted({r[4] for r in again})))
        with open(path, "rb") as f:
            fixed_by_tidy = f.read()
        # 4. transit-tidy --fix on an untouched copy: the same bytes.
        root2, path2, args2 = self.copy(inp, "driver", src_root)
        entry = {"directory": os.path.dirname(path2), "file": path2,
                 "arguments": [self.compiler(path2), *args2, "-c", path2]}
        compdb = os.path.join(root2, "compile_commands.json")
        with open(compdb, "w") as f:
            json.dump([entry], f)
        cmd = [self.a.transit_tidy, "--root", root2, "-p", compdb, "--quiet", "--fix"]
        if inp.config:
            cmd.append(f"--config={inp.config}")
        if inp.expect_errors or before_errors:
            cmd.append("--fix-errors")
        d = run(cmd + [path2])
        if d.returncode not in (0, 1):
            self.problem(inp, f"transit-tidy --fix exited {d.returncode}", d.stdout)
        with open(path2, "rb") as f:
            fixed_by_driver = f.read()
        if fixed_by_driver != fixed_by_tidy:
            self.problem(inp, "transit-tidy --fix and clang-tidy -fix left different files")
        first = snapshot(root2)
        d2 = run(cmd + [path2])
        if snapshot(root2) != first:
            self.problem(inp, "a second transit-tidy --fix changed files again", d2.stdout)
        leftovers = [k for k in snapshot(root2) if ".transit-" in k and k.endswith(".tmp")]
        if leftovers:
            self.problem(inp, f"temporary files left behind: {leftovers}")
        inp.fixes = len({(r[0], r[1], r[2], r[3]) for r in reps})
        return len(reps), len(changed), before_errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for tool in ("clang-tidy", "tidy-plugin", "transit-tidy", "clang", "clangxx"):
        ap.add_argument("--" + tool, required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--lit-tests", nargs="+")
    ap.add_argument("--corpus")
    ap.add_argument("-j", "--jobs", type=int, default=0, help="inputs at once (default: cores)")
    ap.add_argument("--no-skips", action="store_true",
                    help="fail when an input does not compile here (CI: every tier installed)")
    ap.add_argument("--filter", help="only the inputs whose name matches this regex")
    ap.add_argument("--min-fixes", type=int, default=1,
                    help="fail unless at least this many fixes were applied in all")
    a = ap.parse_args()
    if bool(a.lit_tests) == bool(a.corpus):
        ap.error("give --lit-tests or --corpus")
    a.work = os.path.abspath(a.work)
    os.makedirs(a.work, exist_ok=True)
    if a.lit_tests:
        inputs = lit_inputs(a.lit_tests)
    else:
        a.corpus = os.path.abspath(a.corpus)
        inputs = corpus_inputs(a.corpus)
    if a.filter:
        inputs = [i for i in inputs if re.search(a.filter, i.name)]
    if not inputs:
        sys.exit("fix_safety.py: no inputs found")
    c = Checker(a)

    def one(numbered):
        n, inp = numbered
        inp.work = os.path.join(a.work, str(n))
        # A lit test is copied with its directory (its Inputs/ mocks beside
        # it); a corpus file with its repository.
        if a.corpus:
            rel = os.path.relpath(inp.source, a.corpus)
            src_root = os.path.join(a.corpus, rel.split(os.sep)[0])
        else:
            src_root = os.path.dirname(os.path.abspath(inp.source))
        result = c.check(inp, src_root)
        if result is None:
            line = f"skipped: {inp.name}: does not compile here (headers not installed?)"
        else:
            proposed, changed, errors = result
            line = (f"{'FAIL' if inp.problems else 'ok'}: {inp.name}: {proposed} fixes, "
                    f"{changed} files changed" + (f" (had {errors} errors)" if errors else ""))
        if not inp.problems:
            shutil.rmtree(inp.work, ignore_errors=True)
        return line, result

    with concurrent.futures.ThreadPoolExecutor(a.jobs or os.cpu_count()) as pool:
        results = []
        for line, result in pool.map(one, enumerate(inputs)):
            print(line, flush=True)
            results.append(result)
    checked = [i for i, r in zip(inputs, results) if r is not None]
    skipped = len(inputs) - len(checked)
    fixes = sum(i.fixes for i in checked)
    changed = sum(r[1] for r in results if r is not None)
    problems = [p for i in inputs for p in i.problems]
    print(f"fix-safety: {len(checked)} inputs checked ({skipped} skipped), {fixes} fixes "
          f"applied, {changed} files changed, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    if skipped and a.no_skips:
        print(f"fix-safety: {skipped} inputs skipped, but --no-skips")
        return 1
    if fixes < a.min_fixes:
        print(f"fix-safety: only {fixes} fixes in all, fewer than --min-fixes {a.min_fixes}")
        return 1
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
