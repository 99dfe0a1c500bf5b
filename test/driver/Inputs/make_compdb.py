#!/usr/bin/env python3
"""Writes compile_commands.json for a copy of the fixture project.

  make_compdb.py PROJECT MOCKS_DIR   (MOCKS_DIR: test/checks/Inputs)
"""
import json
import pathlib
import sys

project, mocks = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
entries = []
for src in sorted(project.glob("*/*.cpp")):
    entries.append({
        "directory": str(project),
        "file": str(src.relative_to(project)),
        "arguments": ["clang++", "-std=c++17", "-isystem", str(mocks / "grpc"),
                      "-isystem", str(mocks / "pq"), "-Iinclude", "-c",
                      str(src.relative_to(project)), "-o", f"{src.stem}.o"],
    })
(project / "compile_commands.json").write_text(json.dumps(entries, indent=2) + "\n")
