#!/usr/bin/env python3
"""Runs transit-tidy over a fresh copy of the fixture project (Inputs/project)
and checks one scenario against the golden files in golden/.

  check_driver.py --transit-tidy BIN --mocks test/checks/Inputs --clangxx CLANG++
                  --work DIR SCENARIO [--update]

Scenarios:
  formats    every output format at once (golden/<format>), exit status 1, the
             SARIF validated against the OASIS SARIF 2.1.0 schema
  fix        --fix on src/: the result compiles, the shared header got one
             #include, a second run changes nothing; --dry-run prints
             golden/fix.diff and writes nothing
  conflict   --fix over the whole project: legacy/ proposes another fix for
             the shared header; exit 2 and every file byte-identical
  write-failure
             --fix while every write past a size limit fails (RLIMIT_FSIZE,
             set just under the largest fixed file): a clear error, exit 2,
             every file byte-identical and no temporary file left
  review     --changed-since on a git history built here, and --diff with the
             same diff: exactly the findings on changed lines
  baseline   --update-baseline, a run that only has known findings (exit 0),
             findings that moved (same fingerprints), a new one (exit 1)

Paths in outputs are normalised to @ROOT@ (the project copy). --update
rewrites the golden files instead of comparing.
"""
import argparse
import difflib
import filecmp
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
FORMATS = ["text", "sarif", "github", "rdjsonl", "gitlab", "fixes"]


def fail(message, output=None):
    sys.stderr.write(f"check_driver.py: FAIL: {message}\n")
    if output:
        sys.stderr.write("------ output ------\n" + output + "\n--------------------\n")
    sys.exit(1)


class Project:
    def __init__(self, args):
        self.args = args
        self.root = pathlib.Path(args.work).resolve() / "project"
        if self.root.exists():
            shutil.rmtree(self.root)
        shutil.copytree(HERE / "Inputs" / "project", self.root)
        subprocess.run([sys.executable, str(HERE / "Inputs" / "make_compdb.py"),
                        str(self.root), args.mocks], check=True)

    def tidy(self, *argv, expect=None, stdin=None):
        proc = subprocess.run([self.args.transit_tidy, "--root", str(self.root), *argv],
                              cwd=self.root, input=stdin, capture_output=True, text=True)
        if expect is not None and proc.returncode != expect:
            fail(f"transit-tidy {' '.join(argv)}: exit {proc.returncode}, expected {expect}",
                 proc.stdout + proc.stderr)
        return proc

    def normalise(self, text):
        return text.replace(str(self.root), "@ROOT@")

    def snapshot(self):
        return {p.relative_to(self.root): p.read_bytes()
                for p in sorted(self.root.rglob("*")) if p.is_file() and ".git" not in p.parts}

    def git(self, *argv):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *argv],
                       cwd=self.root, check=True, capture_output=True)


def golden(args, name, actual):
    path = HERE / "golden" / name
    if args.update:
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual)
        return
    expected = path.read_text() if path.exists() else ""
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{name}", "actual"))
        fail(f"output differs from golden/{name} (run with --update to accept)", diff)


def validate_sarif(text):
    try:
        import jsonschema
    except ImportError:
        fail("python3-jsonschema is not installed (scripts/setup.sh installs it)")
    schema = json.loads((HERE / "sarif-schema-2.1.0.json").read_text())
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.loads(text)))
    if errors:
        fail("the SARIF output does not validate against the SARIF 2.1.0 schema",
             "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:20]))


def formats(args):
    p = Project(args)
    out = p.root / "out"
    out.mkdir()
    outputs = [f"--output={f}={out / f}" for f in FORMATS]
    proc = p.tidy("--format=none", "-j", "2", *outputs, expect=1)
    for f in FORMATS:
        text = (out / f).read_text()
        if f == "sarif":
            validate_sarif(text)
        golden(args, f, p.normalise(text))
    # Standard output carries --format; the summary goes to standard error.
    proc = p.tidy("--format=text", "-j", "1", expect=1)
    if p.normalise(proc.stdout) != p.normalise((out / "text").read_text()):
        fail("--format=text on standard output differs from --output text=", proc.stdout)
    for want in ("4 files analysed, 1 failed to parse", "transit-insecure-grpc", "carved out"):
        if want not in proc.stderr:
            fail(f"the summary lacks '{want}'", proc.stderr)


def fix(args):
    p = Project(args)
    before = p.snapshot()
    proc = p.tidy("--fix", "--dry-run", "src", expect=1)
    golden(args, "fix.diff", p.normalise(proc.stdout))
    if p.snapshot() != before:
        fail("--fix --dry-run changed files")
    proc = p.tidy("--fix", "src")
    if proc.returncode not in (0, 1) or "applied 3 fixes to 3 files" not in proc.stderr:
        fail("--fix src did not apply the three fixes", proc.stdout + proc.stderr)
    header = (p.root / "include/shared/channel.h").read_text()
    if header.count('#include "mesh/credentials.h"') != 1:
        fail("the shared header did not get exactly one #include", header)
    # Everything that parsed before still compiles, with the same flags.
    for entry in json.loads((p.root / "compile_commands.json").read_text()):
        if "broken" in entry["file"]:
            continue
        argv = [args.clangxx, *entry["arguments"][1:]]
        argv = [a for a in argv if a not in ("-c", "-o") and not a.endswith(".o")] + ["-fsyntax-only"]
        c = subprocess.run(argv, cwd=p.root, capture_output=True, text=True)
        if c.returncode != 0:
            fail(f"{entry['file']} does not compile after --fix", c.stderr)
    after = p.snapshot()
    proc = p.tidy("--fix", "src")
    if p.snapshot() != after:
        fail("a second --fix changed files again", proc.stderr)
    if "applied 0 fixes" not in proc.stderr:
        fail("the second --fix reported fixes", proc.stderr)
    leftovers = [x for x in p.root.rglob("*.tmp")]
    if leftovers:
        fail(f"temporary files left behind: {leftovers}")


def conflict(args):
    p = Project(args)
    before = p.snapshot()
    proc = p.tidy("--fix", expect=2)
    if "conflict" not in proc.stderr or "no file was changed" not in proc.stderr:
        fail("the conflict was not reported", proc.stderr)
    golden(args, "conflict.stderr",
           p.normalise("".join(l + "\n" for l in proc.stderr.splitlines() if "conflict" in l)))
    if p.snapshot() != before:
        fail("files changed although the fixes conflict")


def write_failure(args):
    import resource
    import signal
    # The sizes the fixed files will have, from a dry run's scratch copy.
    scratch = Project(args)
    scratch.tidy("--fix", "src")
    sizes = {k: len(v) for k, v in scratch.snapshot().items()}
    p = Project(args)
    before = p.snapshot()
    grown = sorted(sizes[k] for k in before if sizes.get(k, 0) > len(before[k]))
    if len(grown) < 2:
        fail(f"the fixture needs two files that the fix makes longer, has {len(grown)}")
    limit = grown[-1] - 1  # the largest cannot be written; smaller ones can

    def limited():  # (SIGXFSZ left at its default: transit-tidy must cope)
        signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run([args.transit_tidy, "--root", str(p.root), "--fix", "src"],
                          cwd=p.root, capture_output=True, text=True, preexec_fn=limited)
    if proc.returncode != 2:
        fail(f"--fix with writes failing exited {proc.returncode}, expected 2",
             proc.stdout + proc.stderr)
    if "cannot write" not in proc.stderr or "no file was changed" not in proc.stderr:
        fail("the write failure was not reported clearly", proc.stderr)
    if p.snapshot() != before:
        fail("a failed --fix left files changed (half-written?)")
    leftovers = [x for x in p.root.rglob("*.tmp")]
    if leftovers:
        fail(f"temporary files left behind: {leftovers}")


def review(args):
    p = Project(args)
    (p.root / ".gitignore").write_text("compile_commands.json\nout/\n")
    p.git("init", "-q")
    p.git("add", "-A")
    p.git("commit", "-q", "-m", "base")
    # A new finding in a unit, one in the shared header, and an unrelated edit.
    billing = p.root / "src/billing.cpp"
    billing.write_text(billing.read_text() + (
        "\nstd::shared_ptr<grpc::Channel> OpenRefunds() {\n"
        "  return grpc::CreateChannel(\"refunds:50051\", grpc::InsecureChannelCredentials());\n"
        "}\n"))
    header = p.root / "include/shared/channel.h"
    header.write_text(header.read_text() + (
        "\ninline std::shared_ptr<grpc::Channel> OpenPricing() {\n"
        "  return grpc::CreateChannel(\"pricing:50051\", grpc::InsecureChannelCredentials());\n"
        "}\n"))
    orders = p.root / "src/orders.cpp"
    orders.write_text("// Orders service.\n" + orders.read_text())
    proc = p.tidy("--changed-since=HEAD", "--format=github", expect=1)
    golden(args, "review.github", p.normalise(proc.stdout))
    if "4 files analysed" not in proc.stderr:  # the header's includers
        fail("--changed-since did not analyse the units including the header", proc.stderr)
    diff = subprocess.run(["git", "diff", "HEAD"], cwd=p.root, capture_output=True,
                          text=True, check=True).stdout
    for source in (["--diff=-"], ["--diff", str(p.root / "change.diff")]):
        (p.root / "change.diff").write_text(diff)
        same = p.tidy(*source, "--format=github", expect=1, stdin=diff)
        if same.stdout != proc.stdout:
            fail(f"{source[0]} and --changed-since disagree", same.stdout)
    # A change to a file no unit can include analyses only the changed units.
    p.git("add", "-A")
    p.git("commit", "-q", "-m", "change")
    (p.root / "README.md").write_text("# The fixture\n")
    orders.write_text(orders.read_text() + "// more\n")
    proc = p.tidy("--changed-since=HEAD", "--format=github", expect=0)
    if "1 file analysed" not in proc.stderr:
        fail("a changed README made --changed-since look for includers", proc.stderr)
    # Nothing changed: nothing to report.
    p.git("add", "-A")
    p.git("commit", "-q", "-m", "change")
    (p.root / "change.diff").unlink()
    p.tidy("--changed-since=HEAD", expect=0)


def baseline(args):
    p = Project(args)
    units = ["src/orders.cpp", "src/billing.cpp"]  # both parse
    base = p.root / "transit-baseline.json"
    proc = p.tidy("--baseline", str(base), "--update-baseline", *units, expect=0)
    if "baseline" not in proc.stderr or "(4 added, 0 removed)" not in proc.stderr:
        fail("--update-baseline did not record the four findings", proc.stderr)
    p.tidy("--baseline", str(base), *units, expect=0)
    # Findings that move with their code keep their fingerprints.
    billing = p.root / "src/billing.cpp"
    billing.write_text("// Billing.\n\n\n" + billing.read_text().replace("  return", "    return"))
    proc = p.tidy("--baseline", str(base), *units, expect=0)
    # A new finding fails the run, and only it is reported.
    billing.write_text(billing.read_text() + (
        "\nstd::shared_ptr<grpc::Channel> OpenRefunds() {\n"
        "  return grpc::CreateChannel(\"refunds:50051\", grpc::InsecureChannelCredentials());\n"
        "}\n"))
    proc = p.tidy("--baseline", str(base), "--format=github", *units, expect=1)
    golden(args, "baseline.github", p.normalise(proc.stdout))
    sarif = json.loads(p.tidy("--baseline", str(base), "--format=sarif", *units).stdout)
    states = sorted(r.get("baselineState", "") for r in sarif["runs"][0]["results"])
    if states.count("new") != 1:
        fail(f"SARIF baselineState: {states}")
    # Fixing a known finding: --update-baseline says one entry was removed.
    orders = p.root / "src/orders.cpp"
    orders.write_text(orders.read_text().replace("dbname=orders\"", "dbname=orders sslmode=verify-full\""))
    proc = p.tidy("--baseline", str(base), "--update-baseline", *units, expect=0)
    if "(1 added, 1 removed)" not in proc.stderr:
        fail("--update-baseline did not count the added and removed entries", proc.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--transit-tidy", required=True)
    ap.add_argument("--mocks", required=True)
    ap.add_argument("--clangxx", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("scenario", choices=["formats", "fix", "conflict", "write-failure", "review",
                                       "baseline"])
    args = ap.parse_args()
    pathlib.Path(args.work).mkdir(parents=True, exist_ok=True)
    globals()[args.scenario.replace("-", "_")](args)
    print(f"check_driver.py: {args.scenario}: ok")


if __name__ == "__main__":
    main()
