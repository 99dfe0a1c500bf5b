#!/usr/bin/env python3
"""Checks that every check in checks/Checks.def has its four things: code
(checks/<Class>.h and .cpp), a lit test (test/checks/<name>.*), a docs page
(docs/checks/<name>.md) linked from README.md, its rule metadata (a
TRANSIT_RULE line: CWE, security-severity, summary), and that both front ends
list it (clang-tidy's -list-checks, when a clang-tidy and plugin are given)."""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
registry = (root / "checks/Checks.def").read_text()
entries = re.findall(r'^TRANSIT_CHECK\((\w+),\s*"([\w-]+)"\)', registry, re.M)
rules = dict(re.findall(r'^TRANSIT_RULE\("([\w-]+)",\s*("[^"]*",\s*"[^"]*")', registry, re.M))
problems = []
if not entries:
    problems.append("checks/Checks.def lists no check")
readme = (root / "README.md").read_text()
for cls, name in entries:
    if not name.startswith("transit-"):
        problems.append(f"{name}: check names start with 'transit-'")
    for path in (f"checks/{cls}.h", f"checks/{cls}.cpp", f"docs/checks/{name}.md"):
        if not (root / path).is_file():
            problems.append(f"{name}: {path} is missing")
    if not (list((root / "test/checks").glob(f"{name}.*")) +
            list((root / "test/checks").glob(f"{name}-*"))):
        problems.append(f"{name}: no lit test test/checks/{name}[-<topic>].<ext>")
    rule = rules.pop(name, None)
    if rule is None:
        problems.append(f"{name}: no TRANSIT_RULE line in checks/Checks.def")
    elif not re.fullmatch(r'"CWE-\d+(,CWE-\d+)*",\s*"\d+\.\d"', rule):
        problems.append(f"{name}: TRANSIT_RULE wants \"CWE-<n>[,CWE-<n>]\", \"<severity>\"")
    if f"docs/checks/{name}.md" not in readme:
        problems.append(f"{name}: README.md does not link docs/checks/{name}.md")
for name in rules:
    problems.append(f"{name}: TRANSIT_RULE for a check Checks.def does not list")
if len(sys.argv) not in (1, 3):
    sys.exit("usage: check_registry.py [<clang-tidy> <libTransitTidy.so>]")
if len(sys.argv) == 3:
    tidy, plugin = sys.argv[1:]
    listed = subprocess.run([tidy, f"--load={plugin}", "-checks=-*,transit-*", "-list-checks"],
                            capture_output=True, text=True, check=True).stdout.split()
    for _, name in entries:
        if name not in listed:
            problems.append(f"{name}: clang-tidy -list-checks does not show it")
for p in problems:
    print("registry:", p)
print(f"registry: {len(entries)} checks, {len(problems)} problems")
sys.exit(1 if problems else 0)
