#!/usr/bin/env python3
"""The pre-commit hook as pre-commit would run it.

  pre_commit.py --bin BUILD/bin --mocks test/checks/Inputs --work DIR

Reads .pre-commit-hooks.yaml (the keys pre-commit requires, a language it
knows, the file types), then runs the hook's entry and args with the staged
files appended, in a repository whose build/ holds the compilation database:
a commit adding a plaintext channel fails with the finding, one that does not
passes. pre-commit itself is not needed: this is what it executes.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys

import yaml

ap = argparse.ArgumentParser()
ap.add_argument("--bin", required=True)
ap.add_argument("--mocks", required=True)
ap.add_argument("--work", required=True)
a = ap.parse_args()

root = pathlib.Path(__file__).resolve().parents[2]
hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())
assert isinstance(hooks, list) and len(hooks) == 1, hooks
hook = hooks[0]
for key in ("id", "name", "entry", "language"):
    assert key in hook, f"the hook has no '{key}'"
assert hook["id"] == "transit-tidy" and hook["language"] == "system", hook
assert set(hook["types_or"]) == {"c", "c++"}, hook

work = pathlib.Path(a.work).resolve()
(work / "build").mkdir(parents=True, exist_ok=True)
bad, good = work / "orders.cpp", work / "clean.cpp"
bad.write_text('#include <grpcpp/grpcpp.h>\n'
               'auto c = grpc::InsecureChannelCredentials();\n')
good.write_text("int answer() { return 42; }\n")
(work / "build" / "compile_commands.json").write_text(json.dumps([
    {"directory": str(work / "build"), "file": str(f),
     "arguments": ["clang++", "-isystem", str(pathlib.Path(a.mocks).resolve() / "grpc"),
                   "-c", str(f)]} for f in (bad, good)]))
env = dict(os.environ, PATH=a.bin + os.pathsep + os.environ["PATH"])


def run(files):
    # pre-commit runs from the repository root with relative file names.
    return subprocess.run([hook["entry"], *hook.get("args", []), *files], cwd=work, env=env,
                          capture_output=True, text=True)


p = run(["orders.cpp", "clean.cpp"])
if p.returncode != 1 or "[transit-insecure-grpc]" not in p.stdout:
    sys.exit(f"pre_commit.py: FAIL: the hook did not fail on the finding ({p.returncode})\n"
             + p.stdout + p.stderr)
print(p.stdout.splitlines()[0])
p = run(["clean.cpp"])
if p.returncode != 0 or p.stdout or p.stderr:
    sys.exit(f"pre_commit.py: FAIL: the hook did not pass a clean file ({p.returncode})\n"
             + p.stdout + p.stderr)
print("pre_commit.py: ok")
