#!/usr/bin/env python3
"""The compiler plugin behind a compiler cache: ccache.

  compiler_cache.py --bin BUILD/bin --lib BUILD/lib --clangxx clang++-M \
                    --mocks test/checks/Inputs --work DIR

A cache replays a compile's stderr on a hit, so the findings must come back
on a hit and a cached result must never outlive what decided it:
  - `ccache transit-clang++`: a miss prints the finding, the hit replays it,
    and a -Werror failure is never cached;
  - a carve-out edited in on the same line count (the preprocessed text
    without comments is unchanged) is seen: transit-clang++ keeps comments in
    the preprocessed output ccache hashes. The same edit through a bare
    `clang++ -fplugin=` replays the stale finding, which is why;
  - a new build of the checks is a miss: the wrapper carries the checks'
    SHA-256 (and the plugin guard too, for ccache's hash of -fplugin= files).
docs/scale.md explains what these mean for a build.
"""
import argparse
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys

from checklist import Checklist

ap = argparse.ArgumentParser()
ap.add_argument("--bin", required=True)
ap.add_argument("--lib", required=True)
ap.add_argument("--clangxx", required=True)
ap.add_argument("--mocks", required=True)
ap.add_argument("--work", required=True)
a = ap.parse_args()

ccache = shutil.which("ccache")
if not ccache:
    sys.exit("compiler_cache.py: ccache is not installed (scripts/setup.sh installs it)")

work = pathlib.Path(a.work).resolve()
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
lib = pathlib.Path(a.lib).resolve()
mocks = pathlib.Path(a.mocks).resolve() / "grpc"
checks = Checklist("compiler_cache.py")
check = checks.check


# The guard users name in -fplugin= carries the digest of the checks it loads.
for guard, impl in (("libTransitClang.so", "libTransitClangImpl.so"),
                    ("libTransitTidy.so", "libTransitTidyImpl.so")):
    digest = hashlib.sha256((lib / impl).read_bytes()).hexdigest()
    check(f"transit-impl-sha256:{digest}".encode() in (lib / guard).read_bytes(),
          f"{guard} carries the SHA-256 of {impl}")

# A private copy of the build's layout (bin/ beside lib/), so that the test
# can stand in for a new build of the checks without touching the build.
prefix = work / "prefix"
for sub in ("bin", "lib"):
    (prefix / sub).mkdir(parents=True)
for name in ("libTransitClang.so", "libTransitClangImpl.so"):
    shutil.copy2(lib / name, prefix / "lib" / name)
wrapper = prefix / "bin" / "transit-clang++"
shutil.copy2(pathlib.Path(a.bin).resolve() / "transit-clang++", wrapper)
digest = hashlib.sha256((lib / "libTransitClangImpl.so").read_bytes()).hexdigest()
check(f"libTransitClangImpl.so sha256 {digest}" in wrapper.read_text(),
      "transit-clang++ carries the SHA-256 of the checks it runs")

PLAIN = "#include <grpcpp/grpcpp.h>\n// reviewed 2026-11\nauto c = grpc::InsecureChannelCredentials();\n"
CARVED = ("#include <grpcpp/grpcpp.h>\n"
          "// ZFN-3 carve-out: the sidecar listens on 127.0.0.1 in the pod namespace;"
          " traffic never leaves the host kernel\n"
          "auto c = grpc::InsecureChannelCredentials();\n")
source = work / "channel.cpp"


def compile_(compiler, *flags, cache):
    env = dict(os.environ, CCACHE_DIR=str(work / cache), CCACHE_NOHASHDIR="1")
    for var in ("CCACHE_COMMENTS", "CCACHE_NOCOMMENTS", "CCACHE_DISABLE", "CCACHE_RECACHE",
                "CCACHE_COMPILERCHECK"):
        env.pop(var, None)
    env["CCACHE_CONFIGPATH"] = str(work / "ccache.conf")  # no user or system settings
    return subprocess.run([ccache, *compiler, "-isystem", str(mocks), *flags, "-c", source.name,
                           "-o", "channel.o"], cwd=work, env=env, capture_output=True, text=True)


def stats(cache):
    out = subprocess.run([ccache, "--print-stats"], capture_output=True, text=True, check=True,
                         env=dict(os.environ, CCACHE_DIR=str(work / cache),
                                  CCACHE_CONFIGPATH=str(work / "ccache.conf"))).stdout
    return {k: int(v) for k, v in re.findall(r"^(\w+)\t(\d+)$", out, re.M)}


def hits(cache):
    s = stats(cache)
    return s.get("direct_cache_hit", 0) + s.get("preprocessed_cache_hit", 0)


(work / "ccache.conf").write_text("")
FINDING = re.compile(r"^channel\.cpp:3:10: warning: .*\[transit-insecure-grpc\]$", re.M)
wrapped = [str(wrapper)]

source.write_text(PLAIN)
p = compile_(wrapped, cache="c1")
check(p.returncode == 0 and FINDING.search(p.stderr) and hits("c1") == 0,
      "ccache transit-clang++: a miss prints the finding", p)
p = compile_(wrapped, cache="c1")
check(p.returncode == 0 and FINDING.search(p.stderr) and hits("c1") == 1,
      "the hit replays the finding", p)
for _ in range(2):
    p = compile_(wrapped, "-Werror", cache="c1")
check(p.returncode != 0 and "error: 'grpc::InsecureChannelCredentials'" in p.stderr
      and hits("c1") == 1, "a -Werror failure is never cached", p)

source.write_text(CARVED)
p = compile_(wrapped, cache="c1")
check(p.returncode == 0 and "transit-" not in p.stderr and hits("c1") == 1,
      "a carve-out added without moving a line is seen (comments are hashed)", p)

# The same edit through the plugin named by hand: ccache hashes the
# preprocessed text, comments dropped, and replays the finding of the old text.
bare = [a.clangxx, f"-fplugin={prefix / 'lib' / 'libTransitClang.so'}"]
source.write_text(PLAIN)
compile_(bare, cache="c2")
source.write_text(CARVED)
p = compile_(bare, cache="c2")
check(FINDING.search(p.stderr) and stats("c2").get("preprocessed_cache_hit") == 1,
      "without kept comments the carve-out edit replays a stale finding", p)
p = compile_([*bare, "-Xclang", "-C"], cache="c2")
check("transit-" not in p.stderr, "-Xclang -C (what the wrapper adds) mends that", p)

# A new build of the checks rewrites the digest line of the wrapper (and the
# guard): ccache's default compiler check (mtime and size) then misses.
source.write_text(PLAIN)
before = hits("c1")
text = wrapper.read_text()
wrapper.write_text(text.replace(digest, hashlib.sha256(b"the next build").hexdigest()))
p = compile_(wrapped, cache="c1")
check(FINDING.search(p.stderr) and hits("c1") == before,
      "a new build of the checks is a cache miss", p)

checks.finish()
