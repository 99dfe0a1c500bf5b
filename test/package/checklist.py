"""What the scenario scripts of test/package share: a list of named checks,
each printed as `ok: <what>` (for FileCheck) or kept as a failure with the
process output that explains it; finish() exits non-zero if any failed."""
import sys


class Checklist:
    def __init__(self, name):
        self.name = name
        self.failures = []

    def check(self, cond, what, p=None):
        if cond:
            print(f"ok: {what}")
            return
        detail = "" if p is None else f"\n  exit {p.returncode}\n  stderr:\n{p.stderr}"
        self.failures.append(f"FAIL: {what}{detail}")

    def finish(self, appendix=""):
        if self.failures:
            sys.exit("\n".join(self.failures) + appendix)
        print(f"{self.name}: all checks passed")
