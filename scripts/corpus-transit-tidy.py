#!/usr/bin/env python3
"""The development corpus through transit-tidy, compared with clang-tidy.

  scripts/corpus-transit-tidy.py BUILD_DIR --work WORK [--corpus ../shared/corpus] [-v]

Writes a compile_commands.json for every extracted file of WORK (its
`// FLAGS:` line), runs BUILD_DIR/bin/transit-tidy over it once (in
parallel, rdjsonl), and runs clang-tidy with the plugin over each file as
score.py does. Prints the score of transit-tidy's findings against the
labels (score.py's rules: labelled lines only, findings in the file
itself), and every finding one front end has and the other lacks. Exit 0
only when both find exactly the same and the score is 100 % / 100 %.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("build")
ap.add_argument("--work", required=True)
ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
ap.add_argument("--llvm", default=os.environ.get("TRANSIT_LLVM_MAJOR", "19"))
ap.add_argument("-v", "--verbose", action="store_true")
a = ap.parse_args()

spec = importlib.util.spec_from_file_location("score", os.path.join(a.corpus, "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)  # its labels(), flags() and DIAG: one reading of the corpus

work = os.path.abspath(a.work)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(work) for f in fs
               if score.flags(os.path.join(d, f)) is not None)
if not files:
    sys.exit(f"corpus-transit-tidy: no extracted files under {work}: run extract.py first")
db = [{"directory": os.path.dirname(p), "file": p,
       "arguments": ["clang" if p.endswith(".c") else "clang++", *score.flags(p), "-c", p]}
      for p in files]
with open(os.path.join(work, "compile_commands.json"), "w") as f:
    json.dump(db, f, indent=1)

tool = os.path.join(a.build, "bin", "transit-tidy")
p = subprocess.run([tool, "-p", work, "--root", work, "--quiet", "--format=rdjsonl", *files],
                   capture_output=True, text=True)
if p.returncode not in (0, 1):
    sys.exit(f"corpus-transit-tidy: transit-tidy failed ({p.returncode}):\n{p.stderr}")
via_driver = set()
for line in p.stdout.splitlines():
    d = json.loads(line)
    path = os.path.join(work, d["location"]["path"])
    if path in files:
        via_driver.add((path, d["location"]["range"]["start"]["line"], d["code"]["value"]))

bin_ = f"/usr/lib/llvm-{a.llvm}/bin"
via_tidy = set()
for path in files:
    q = subprocess.run([f"{bin_}/clang-tidy", f"--load={a.build}/lib/libTransitTidy.so",
                        "-checks=-*,transit-*", path, "--", *score.flags(path)],
                       capture_output=True, text=True, errors="replace")
    for line in q.stdout.splitlines():
        m = score.DIAG.match(line.strip())
        if m and os.path.basename(m.group("file")) == os.path.basename(path):
            via_tidy.add((path, int(m.group("line")), m.group("check")))

tp = fn = fp = 0
for path in files:
    want = score.labels(path)
    got = {}
    for (f, n, c) in via_driver:
        if f == path:
            got.setdefault(n, set()).add(c)
    for n, expected in want.items():
        g = got.get(n, set())
        tp += len(expected & g)
        fn += len(expected - g)
        fp += len(g - expected)
        if a.verbose:
            for c in expected - g:
                print(f"  MISS  {os.path.relpath(path, work)}:{n} {c}")
            for c in g - expected:
                print(f"  FALSE {os.path.relpath(path, work)}:{n} {c}")
only_driver, only_tidy = via_driver - via_tidy, via_tidy - via_driver
for tag, diff in (("only transit-tidy", only_driver), ("only clang-tidy", only_tidy)):
    for f, n, c in sorted(diff):
        print(f"  {tag}: {os.path.relpath(f, work)}:{n} {c}")
recall = 100.0 * tp / (tp + fn) if tp + fn else 0.0
precision = 100.0 * tp / (tp + fp) if tp + fp else 0.0
print(f"transit-tidy: recall {recall:.1f}% precision {precision:.1f}% (found={tp} missed={fn} "
      f"false={fp}, {len(files)} files); findings {len(via_driver)}, clang-tidy {len(via_tidy)}, "
      f"{len(only_driver) + len(only_tidy)} differ")
sys.exit(0 if not (only_driver or only_tidy) and recall == 100.0 and precision == 100.0 else 1)
