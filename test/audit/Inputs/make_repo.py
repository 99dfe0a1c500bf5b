#!/usr/bin/env python3
"""Builds the audit fixture repository: make_repo.py SRC DEST MOCKS.

Copies SRC to DEST, writes build/compile_commands.json for the C and C++
files (against the mock headers), and commits it all in a new git
repository (tools/legacy.cpp stays out of the database: the compiler never
sees it)."""
import json
import pathlib
import shutil
import subprocess
import sys

src, dest, mocks = (pathlib.Path(p).resolve() for p in sys.argv[1:4])
shutil.rmtree(dest, ignore_errors=True)
shutil.copytree(src, dest)
(dest / "build").mkdir()
# Every C and C++ file but those under tools/, against every mock header.
units = sorted(u for u in dest.rglob("*.c*")
               if u.suffix in (".c", ".cpp") and "tools" not in u.relative_to(dest).parts)
includes = [a for d in sorted(p for p in mocks.iterdir() if p.is_dir() and p.name != "grpc-1.24")
            for a in ("-isystem", str(d))]
(dest / "build" / "compile_commands.json").write_text(json.dumps([
    {"directory": str(dest / "build"), "file": str(u),
     "arguments": ["clang++" if u.suffix == ".cpp" else "clang",
                   "-std=c++17" if u.suffix == ".cpp" else "-std=c11",
                   *includes, "-c", str(u)]} for u in units], indent=1))
env = {"GIT_AUTHOR_NAME": "Ana Auditor", "GIT_AUTHOR_EMAIL": "ana@example.com",
       "GIT_COMMITTER_NAME": "Ana Auditor", "GIT_COMMITTER_EMAIL": "ana@example.com",
       "GIT_AUTHOR_DATE": "2026-06-01T10:00:00Z", "GIT_COMMITTER_DATE": "2026-06-01T10:00:00Z",
       "PATH": "/usr/bin:/bin", "HOME": str(dest)}
for cmd in (["git", "init", "-q"], ["git", "add", "--", *sorted(p.name for p in dest.iterdir() if p.name not in ("build", ".git"))],
            ["git", "commit", "-q", "-m", "services"]):
    subprocess.run(cmd, cwd=dest, env=env, check=True)
