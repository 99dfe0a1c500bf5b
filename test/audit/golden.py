#!/usr/bin/env python3
"""golden.py EXPECTED ACTUAL ROOT [--update]: ACTUAL, with the fixture's
absolute ROOT (plain and as a file:// URI) written {ROOT}, must equal the
golden file EXPECTED; prints 'same: <name>' or a unified diff. --update (or
TRANSIT_UPDATE_GOLDEN=1) rewrites EXPECTED instead."""
import difflib
import os
import pathlib
import sys
import urllib.parse

expected, actual, root = (pathlib.Path(p) for p in sys.argv[1:4])
text = actual.read_text()
root_text = str(root.resolve())
for form in (urllib.parse.quote(root_text), root_text):
    text = text.replace("file://" + form, "file://{ROOT}").replace(form, "{ROOT}")
if "--update" in sys.argv or os.environ.get("TRANSIT_UPDATE_GOLDEN") == "1":
    expected.write_text(text)
    print("same:", expected.name)
    sys.exit(0)
want = expected.read_text()
if text != want:
    sys.stdout.writelines(difflib.unified_diff(
        want.splitlines(True), text.splitlines(True), str(expected), str(actual)))
    sys.exit(1)
print("same:", expected.name)
