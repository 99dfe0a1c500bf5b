#!/usr/bin/env python3
"""validate.py SCHEMA DOCUMENT [--draft4]: the document against its schema
(python3-jsonschema); prints 'valid: <document name>' or the errors."""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate.py: python3-jsonschema is not installed (scripts/setup.sh installs it)")
schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
doc = json.loads(pathlib.Path(sys.argv[2]).read_text())
cls = jsonschema.Draft4Validator if "--draft4" in sys.argv else jsonschema.Draft7Validator
errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.path))
if errors:
    sys.exit("\n".join(f"{list(e.path)}: {e.message}" for e in errors[:20]))
print("valid:", pathlib.Path(sys.argv[2]).suffix)
