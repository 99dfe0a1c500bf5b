#!/usr/bin/env python3
"""The soak's verdicts (scripts/soak.py judge and run): a crash is told by a
signal, a sanitizer's exit code or report, or LLVM's crash banner; a hang by
the timeout, which kills the whole process group; findings are parsed per
check with the file made absolute. Exit 1 on the first wrong verdict."""
import os
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "scripts"))
import soak  # noqa: E402

failures = []


def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")


finding = "src/a.c:3:7: warning: 'socket' creates a TCP socket [transit-plaintext-socket]\n"
r = soak.judge(0, finding + "1 warning generated.\n", 0.1, "/w")
expect("clean run", r.status, "ok")
expect("finding", r.findings, {("/w/src/a.c", 3, 7, "transit-plaintext-socket")})
expect("other tools' warnings are not findings",
       soak.judge(0, "a.c:1:1: warning: unused [-Wunused]\n", 0, "/w").findings, set())
expect("a compile error is not a crash", soak.judge(1, "a.c:1:1: error: x\n", 0, "/w").status, "ok")
expect("signal", soak.judge(-11, "", 0, "/w").status, "crash")
expect("sanitizer exit code", soak.judge(86, "", 0, "/w").status, "crash")
for banner in ("PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/",
               "==1==ERROR: AddressSanitizer: heap-use-after-free",
               "x.cpp:3:5: runtime error: signed integer overflow",
               "Stack dump:", "LLVM ERROR: out of memory"):
    r = soak.judge(1, finding + banner + "\n", 0, "/w")
    expect(banner, r.status, "crash")
    expect(banner + " (detail)", banner[:20] in r.detail, True)
expect("timeout", soak.judge(None, "", 5, "/w").status, "hang")

# run(): a child that outlives the timeout is killed with its own children.
rc, _, seconds = soak.run(["sh", "-c", "sleep 30 & sleep 30"], "/", 0.5)
expect("run timeout", rc, None)
expect("run returns at the timeout", seconds < 10, True)
rc, out, _ = soak.run(["sh", "-c", "echo hi; exit 3"], "/", 10)
expect("run output and status", (rc, out), (3, "hi\n"))

for f in failures:
    print("FAIL:", f)
print(f"soak judge: {len(failures)} wrong verdicts")
sys.exit(1 if failures else 0)
