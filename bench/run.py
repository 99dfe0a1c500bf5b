#!/usr/bin/env python3
"""What the transit checks cost on top of the compile they ride on.

Every figure is a ratio against a baseline measured in the same run, the two
commands alternating (A B A B ...) so that a machine getting slower or faster
moves both; each is the median of the pairs' ratios, with their min-max. No
test asserts on a timing: the goals of docs/performance.md are printed beside
the figures, and the script fails only when a command fails.

  bench/run.py                      # everything, LLVM 19 (and 22 if built)
  bench/run.py --smoke              # one small TU, one size, one run (CI)
  bench/run.py --llvm 19=build --repeat 7 --sizes 1000,10000,50000

1. Real-header translation units (bench/tus/): the compiler plugin against
   the plain `clang++ -fsyntax-only` (time and peak RSS), and clang-tidy with
   the transit checks against clang-tidy with one trivial built-in check.
2. Each check's cost from clang-tidy --enable-check-profile, as a share of
   the TU's parse time (the plain compile's median).
3. Scaling: generated TUs with N sites (half carved out) and as many
   unrelated comments; the plugin's extra time and memory over the plain
   compile per 1000 sites between consecutive sizes: equal slopes = linear.
4. Instruction counts (perf stat) where the machine has the counter, and
   with --callgrind the instructions callgrind counts (slow; stable).
5. transit-tidy over the same TUs as one compilation database: its CPU time
   and peak RSS against clang-tidy run once per file, the findings of both,
   and its wall time on every core against -j1 (--no-driver skips it).
6. The editor: transit-clangd over LSP, each TU opened, then edited several
   times; the time from an edit to its diagnostics (clangd reparses the main
   file on the preamble it keeps) with transit-* on, against the trivial
   check, and the transit diagnostics it published (--no-editor skips it).
"""
import argparse
import json
import os
import pathlib
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
TUS = ROOT / "bench" / "tus"
SYSTEM_INCLUDES = ["-isystem", "/usr/include/libmongoc-1.0", "-isystem",
                   "/usr/include/libbson-1.0", "-isystem", "/usr/include/mariadb",
                   "-isystem", "/usr/include/postgresql"]
FLAGS = ["-std=c++17", "-Wno-deprecated-declarations", *SYSTEM_INCLUDES]
TRIVIAL_CHECK = "readability-else-after-return"
# name, file, what it stands for
REAL_TUS = [
    ("grpc", "grpc_server.cpp", "gRPC server + client (grpc++, protobuf)"),
    ("beast", "beast_ssl_client.cpp", "Beast HTTPS client (Beast, Asio, OpenSSL)"),
    ("httplib", "httplib_server.cpp", "cpp-httplib server (httplib.h, OpenSSL)"),
    ("poco", "poco_server.cpp", "Poco::Net HTTP server and clients"),
    ("all", "all_libraries.cpp", "every supported client library at once"),
]
GOALS = {"plugin time": 1.02, "plugin RSS": 1.05, "tidy time": 1.03, "tidy RSS": 1.05}


def measure_pair(a, b, repeat, ok=(0,)):
    """Runs a and b in turn `repeat` times: their median times, median peak
    RSS, and the median, min and max of the pairwise ratios."""
    rows = {"a_t": [], "b_t": [], "a_m": [], "b_m": [], "t": [], "m": []}
    timed(a, ok)  # warm-up: page cache, dynamic loader
    timed(b, ok)
    for _ in range(repeat):
        for key, cmd in (("a", a), ("b", b)):
            t, m = timed(cmd, ok)
            rows[key + "_t"].append(t)
            rows[key + "_m"].append(m)
        rows["t"].append(rows["a_t"][-1] / rows["b_t"][-1])
        rows["m"].append(rows["a_m"][-1] / rows["b_m"][-1])
    return {k: statistics.median(v) for k, v in rows.items()}, rows


def timed(cmd, ok=(0,)):
    """CPU seconds (user + system: steadier than wall time on a shared
    machine, and the same for a single-threaded compile) and peak RSS (KiB)
    of one run, from wait4."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit("benchmark command failed (%d): %s\n%s" %
                 (code, " ".join(cmd), err.decode(errors="replace")[-2000:]))
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def findings(cmd):
    """The transit warnings `cmd` prints (a check that finds nothing is fast
    for the wrong reason)."""
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return len(re.findall(r"warning: .*\[transit-[a-z-]+\]", proc.stdout))


def spread(values):
    return "%.3f (%.3f-%.3f)" % (statistics.median(values), min(values), max(values))


def verdict(value, goal):
    return "ok" if value <= goal else "ABOVE GOAL %.2f" % goal


class Toolchain:
    def __init__(self, major, build):
        self.major = major
        self.prefix = pathlib.Path("/usr/lib/llvm-%d/bin" % major)
        self.clangxx = str(self.prefix / "clang++")
        self.tidy = str(self.prefix / "clang-tidy")
        self.plugin = str(pathlib.Path(build) / "lib" / "libTransitClang.so")
        self.tidy_plugin = str(pathlib.Path(build) / "lib" / "libTransitTidy.so")

    def available(self):
        return all(os.path.exists(p) for p in
                   (self.clangxx, self.tidy, self.plugin, self.tidy_plugin))

    def compile(self, src, plugin, extra=(), quiet=True):
        cmd = [self.clangxx, "-fsyntax-only", *(["-w"] if quiet else []), *FLAGS, *extra,
               str(src)]
        return cmd + (["-fplugin=" + self.plugin] if plugin else [])

    def tidy_cmd(self, src, transit, extra=(), profile=False):
        cmd = [self.tidy, "--quiet"]
        if transit:
            cmd += ["--load=" + self.tidy_plugin, "-checks=-*,transit-*"]
        else:
            cmd += ["-checks=-*," + TRIVIAL_CHECK]
        if profile:
            cmd.append("--enable-check-profile")
        return cmd + [str(src), "--", *FLAGS, *extra]


def real_tus(tc, tus, repeat, smoke):
    print("\n## LLVM %d: real-header translation units (%d pairs each)\n" % (tc.major, repeat))
    print("| TU | findings plugin / tidy | plain compile cpu s | plugin/plain time | "
          "plugin/plain RSS | tidy transit/trivial time | tidy transit/trivial RSS |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    parse = {}
    worst = {k: 0.0 for k in GOALS}
    for name, file, _ in tus:
        src = TUS / file
        found = (findings(tc.compile(src, True, quiet=False)), findings(tc.tidy_cmd(src, True)))
        if smoke and (found[0] == 0 or found[0] != found[1]):
            sys.exit("smoke: the plugin found %d and clang-tidy %d on %s" % (*found, file))
        plug, plug_rows = measure_pair(tc.compile(src, True), tc.compile(src, False), repeat)
        tidy, tidy_rows = measure_pair(tc.tidy_cmd(src, True), tc.tidy_cmd(src, False), repeat)
        parse[name] = plug["b_t"]
        for key, rows, col in (("plugin time", plug_rows, "t"), ("plugin RSS", plug_rows, "m"),
                               ("tidy time", tidy_rows, "t"), ("tidy RSS", tidy_rows, "m")):
            worst[key] = max(worst[key], statistics.median(rows[col]))
        print("| %s | %d / %d | %.2f | %s | %s | %s | %s |" % (
            name, *found, plug["b_t"], spread(plug_rows["t"]), spread(plug_rows["m"]),
            spread(tidy_rows["t"]), spread(tidy_rows["m"])))
    print()
    for key, goal in GOALS.items():
        print("- worst median %-11s %.3f: %s" % (key + ":", worst[key], verdict(worst[key], goal)))
    return parse


PROFILE_LINE = re.compile(r"^\s*(?:[\d.]+\s+\(\s*[\d.]+%\)\s+)+([\d.]+)\s+\(\s*[\d.]+%\)\s+(.+?)\s*$")


def check_profile(tc, tus, parse, repeat):
    """Each check's wall time from --enable-check-profile (the pass's own
    breakdown plus clang-tidy's entries), medians over `repeat` runs."""
    print("\n## LLVM %d: per-check cost (clang-tidy --enable-check-profile), "
          "as a share of the plain compile\n" % tc.major)
    names = set()
    results = {}
    for name, file, _ in tus:
        samples = {}
        for _ in range(repeat):
            proc = subprocess.run(tc.tidy_cmd(TUS / file, True, profile=True),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if proc.returncode != 0:
                sys.exit("clang-tidy --enable-check-profile failed on " + file)
            seen = {}
            for line in proc.stderr.splitlines():
                m = PROFILE_LINE.match(line)
                if m and m.group(2) != "Total":
                    seen[m.group(2)] = seen.get(m.group(2), 0.0) + float(m.group(1))
            for check, wall in seen.items():
                samples.setdefault(check, []).append(wall)
        results[name] = {c: statistics.median(v) for c, v in samples.items()}
        names.update(results[name])
    checks = sorted(n for n in names if n.startswith("transit-"))
    others = sorted(n for n in names if not n.startswith("transit-"))
    print("| entry | " + " | ".join(n for n, _, _ in tus) + " |")
    print("| --- |" + " --- |" * len(tus))
    worst = 0.0
    for entry in checks + others:
        cells = []
        for name, _, _ in tus:
            wall = results[name].get(entry, 0.0)
            share = 100.0 * wall / parse[name]
            if entry.startswith("transit-"):
                worst = max(worst, share)
            cells.append("%.1f ms (%.3f%%)" % (wall * 1000, share))
        print("| %s | %s |" % (entry, " | ".join(cells)))
    print("\n- the pass's entry includes every check's matching and reporting, "
          "and the transport model; the check rows are its breakdown")
    print("- largest single check: %.3f%% of parse time: %s" %
          (worst, "ok" if worst <= 1.0 else "ABOVE GOAL 1%"))


def generate(path, sites):
    """`sites` insecure sites of three kinds, every other one carved out,
    each beside an unrelated comment block."""
    lines = ["#include <grpcpp/grpcpp.h>", "#include <sys/socket.h>", "#include <memory>", ""]
    for i in range(sites):
        lines.append("// Helper %d: talks to backend %d, retried by the caller." % (i, i % 17))
        lines.append("/* Unrelated block comment %d: no marker here. */" % i)
        kind = i % 3
        ret = "std::shared_ptr<grpc::ChannelCredentials>" if kind == 0 else "int"
        lines.append("%s site_%d() {" % (ret, i))
        if i % 2 == 0:
            lines.append("  // ZFN-3 carve-out: loopback only, in-pod sidecar;")
            lines.append("  // payload is public counters with no PII.")
        if kind == 0:
            lines.append("  return grpc::InsecureChannelCredentials();")
        elif kind == 1:
            lines.append("  return socket(AF_INET, SOCK_STREAM, 0);")
        else:
            lines.append("  int fd = socket(AF_INET6, SOCK_STREAM, 0);")
            lines.append("  return fd;")
        lines.append("}")
        lines.append("")
    path.write_text("\n".join(lines))


def scaling(tc, sizes, repeat):
    print("\n## LLVM %d: scaling (generated TUs, half the sites carved out, "
          "plugin with -w against the plain compile)\n" % tc.major)
    include = ["-isystem", str(ROOT / "test/checks/Inputs/grpc")]
    print("| sites | plain cpu s | plugin cpu s | extra s | extra MiB |")
    print("| --- | --- | --- | --- | --- |")
    points = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            src = pathlib.Path(tmp) / ("sites_%d.cpp" % n)
            generate(src, n)
            med, _ = measure_pair(tc.compile(src, True, include), tc.compile(src, False, include),
                                  repeat)
            extra_t = med["a_t"] - med["b_t"]
            extra_m = (med["a_m"] - med["b_m"]) / 1024.0
            points.append((n, extra_t, extra_m))
            print("| %d | %.2f | %.2f | %.3f | %.1f |" % (n, med["b_t"], med["a_t"], extra_t, extra_m))
    print()
    for (n0, t0, m0), (n1, t1, m1) in zip(points, points[1:]):
        k = (n1 - n0) / 1000.0
        print("- slope %d-%d sites: %.2f ms and %.3f MiB per 1000 sites" %
              (n0, n1, 1000 * (t1 - t0) / k, (m1 - m0) / k))
    if len(points) >= 3:
        (n0, t0, _), (n1, t1, _), (n2, t2, _) = points[-3:]
        a = (t1 - t0) / (n1 - n0)
        b = (t2 - t1) / (n2 - n1)
        if a > 0 and b > 0:
            print("- time slope of the last interval / the one before: %.2f "
                  "(1 = linear; > 2 would say super-linear)" % (b / a))


def instructions(tc, src, callgrind):
    print("\n## LLVM %d: instruction counts on %s\n" % (tc.major, src.name))
    probe = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "true"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if probe.returncode == 0 and "<not supported>" not in probe.stderr:
        counts = []
        for plugin in (True, False):
            out = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u",
                                  *tc.compile(src, plugin)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            counts.append(int(out.stderr.strip().splitlines()[-1].split(",")[0]))
        print("- perf: plugin/plain instructions %.4f" % (counts[0] / counts[1]))
    else:
        print("- perf stat: no instructions counter on this machine")
    if not callgrind:
        print("- callgrind: not run (--callgrind; about 50x slower)")
        return

    def count(cmd, tmp, tag):
        out = pathlib.Path(tmp) / ("cg." + tag)
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + str(out), *cmd],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        summary = [l for l in out.read_text().splitlines() if l.startswith("summary:")]
        return int(summary[0].split()[1])

    with tempfile.TemporaryDirectory() as tmp:
        # Valgrind 3.19 cannot read the DWARF 5 of a Clang-built plugin:
        # measure copies without debug information.
        stripped = Toolchain(tc.major, tmp)
        (pathlib.Path(tmp) / "lib").mkdir()
        for lib in pathlib.Path(tc.plugin).parent.glob("*.so"):
            copy = pathlib.Path(tmp) / "lib" / lib.name
            subprocess.run(["strip", "--strip-debug", "-o", str(copy), str(lib)], check=True)
        for label, a, b in (("plugin/plain", stripped.compile(src, True), tc.compile(src, False)),
                            ("tidy transit/trivial", stripped.tidy_cmd(src, True),
                             tc.tidy_cmd(src, False))):
            ca, cb = count(a, tmp, "a"), count(b, tmp, "b")
            print("- callgrind: %s instructions %.4f (%d vs %d)" % (label, ca / cb, ca, cb))


def driver(tc, tus, repeat):
    """transit-tidy over the TUs as one compilation database: its CPU time
    against clang-tidy run once per file (the same checks, the same work, so
    the ratio is what the driver adds or saves), its findings against
    clang-tidy's, and its wall time on every core against one."""
    tool = pathlib.Path(tc.plugin).parent.parent / "bin" / "transit-tidy"
    if not tool.exists():
        print("\n(no %s: transit-tidy not measured)" % tool)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = [{"directory": str(TUS), "file": str(TUS / f),
               "arguments": ["clang++", *FLAGS, "-c", str(TUS / f)]} for _, f, _ in tus]
        pathlib.Path(tmp, "compile_commands.json").write_text(json.dumps(db))
        base = [str(tool), "-p", tmp, "--root", str(TUS), "--quiet"]
        loop = ["sh", "-c", " ; ".join(
            " ".join(shlex.quote(a) for a in tc.tidy_cmd(TUS / f, True)) + " >/dev/null 2>&1"
            for _, f, _ in tus) + " ; true"]
        got = subprocess.run(base + ["--format=github", "-j", "1"], capture_output=True,
                             text=True).stdout
        driver_found = len(re.findall(r"^::(?:warning|error) ", got, re.M))
        tidy_found = sum(findings(tc.tidy_cmd(TUS / f, True)) for _, f, _ in tus)
        # transit-tidy exits 1: the TUs have findings.
        one, rows = measure_pair(base + ["--format=none", "-j", "1"], loop, repeat, ok=(0, 1))
        print("\n## LLVM %d: transit-tidy over the %d TUs (%d pairs)\n" % (tc.major, len(tus), repeat))
        print("- findings: transit-tidy %d, clang-tidy per file %d%s" % (
            driver_found, tidy_found, "" if driver_found == tidy_found else "  DIFFERENT"))
        print("- CPU time, transit-tidy -j1 / clang-tidy once per file: %s (%.2f s vs %.2f s)" % (
            spread(rows["t"]), one["a_t"], one["b_t"]))
        print("- peak RSS, transit-tidy -j1 / clang-tidy: %s" % spread(rows["m"]))
        walls = []
        for _ in range(repeat):
            w = []
            for jobs in ("0", "1"):
                start = time.monotonic()
                timed(base + ["--format=none", "-j", jobs], ok=(0, 1))
                w.append(time.monotonic() - start)
            walls.append(w[0] / w[1])
        print("- wall time, every core (%d) / -j1: %s" % (os.cpu_count(), spread(walls)))


def editor(tc, tus, repeat, edits=6):
    """transit-clangd as an editor sees it: for each TU, sessions with the
    transit checks and with the trivial check alternate; in each, the file is
    opened and then edited `edits` times (a comment appended at the end),
    and the time from each edit to the diagnostics of that version is taken.
    The ratio is the transit session's median over the trivial one's."""
    tool = pathlib.Path(tc.plugin).parent.parent / "bin" / "transit-clangd"
    if not tool.exists():
        print("\n(no %s: the editor not measured)" % tool)
        return
    sys.path.insert(0, str(ROOT / "test" / "editors"))
    import lsp_session  # the LSP client of the editor test

    def session(tmp, src, checks, label):
        # clangd reads the user configuration from $XDG_CONFIG_HOME/clangd/,
        # so bench/tus/ needs no .clangd.
        os.environ["XDG_CONFIG_HOME"] = str(pathlib.Path(tmp, label))
        config = pathlib.Path(tmp, label, "clangd")
        config.mkdir(parents=True, exist_ok=True)
        (config / "config.yaml").write_text(
            "Diagnostics:\n  ClangTidy:\n    Add: [%s]\n    FastCheckFilter: Loose\n" % checks)
        c = lsp_session.Client(
            [str(tool), "--log=error", "--background-index=false", "--enable-config",
             "--compile-commands-dir=" + tmp], cwd=tmp)
        uri = src.as_uri()
        c.request("initialize", {"processId": os.getpid(), "rootUri": TUS.as_uri(),
                                 "capabilities": {"textDocument": {
                                     "publishDiagnostics": {"versionSupport": True}}}})
        c.notify("initialized", {})
        text = src.read_text()
        c.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
        found = len([d for d in lsp_session.diagnostics(c, uri, 1)
                     if str(d.get("code", "")).startswith("transit-")])
        times = []
        for version in range(2, edits + 2):
            text += "// edit %d\n" % version
            start = time.monotonic()
            c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                "contentChanges": [{"text": text}]})
            lsp_session.diagnostics(c, uri, version)
            times.append(time.monotonic() - start)
        c.request("shutdown", None)
        c.notify("exit", None)
        c.proc.wait(timeout=60)
        return statistics.median(times), found

    print("\n## LLVM %d: transit-clangd, edit to diagnostics (%d pairs of sessions, %d edits "
          "each)\n" % (tc.major, repeat, edits))
    print("| TU | transit / trivial | transit ms | trivial ms | transit diagnostics |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        db = [{"directory": str(TUS), "file": str(TUS / f),
               "arguments": ["clang++", *FLAGS, "-c", str(TUS / f)]} for _, f, _ in tus]
        pathlib.Path(tmp, "compile_commands.json").write_text(json.dumps(db))
        env_before = os.environ.get("XDG_CONFIG_HOME")
        for name, f, _ in tus:
            ratios, a_ms, b_ms, found = [], [], [], 0
            for _ in range(repeat):
                a, found = session(tmp, TUS / f, "transit-*", "transit")
                b, _ = session(tmp, TUS / f, TRIVIAL_CHECK, "trivial")
                ratios.append(a / b)
                a_ms.append(a * 1000)
                b_ms.append(b * 1000)
            print("| %s | %s | %.0f | %.0f | %d |" % (name, spread(ratios), statistics.median(a_ms),
                                                     statistics.median(b_ms), found))
        if env_before is None:
            os.environ.pop("XDG_CONFIG_HOME", None)
        else:
            os.environ["XDG_CONFIG_HOME"] = env_before


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--llvm", default="19=%s,22=%s" % (ROOT / "build", ROOT / "build-llvm22"),
                        help="MAJOR=BUILD_DIR,... to measure, where built")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--tus", default=",".join(n for n, _, _ in REAL_TUS),
                        help="real-header TUs to measure")
    parser.add_argument("--callgrind", action="store_true",
                        help="count instructions under callgrind on every TU (slow)")
    parser.add_argument("--no-driver", action="store_true",
                        help="skip transit-tidy over the TUs")
    parser.add_argument("--no-editor", action="store_true",
                        help="skip transit-clangd over LSP")
    parser.add_argument("--smoke", action="store_true",
                        help="one small TU, one size, one run: that it all works")
    args = parser.parse_args()
    if args.smoke:
        args.llvm = args.llvm.split(",")[0]
        args.repeat, args.sizes, args.tus = 1, "200,400", "poco"
    wanted = args.tus.split(",")
    tus = [t for t in REAL_TUS if t[0] in wanted]
    sizes = [int(s) for s in args.sizes.split(",")]

    toolchains = []
    for item in args.llvm.split(","):
        major, _, build = item.partition("=")
        tc = Toolchain(int(major), build or str(ROOT / ("build-llvm" + major)))
        if tc.available():
            toolchains.append(tc)
        else:
            print("LLVM %s: not measured (no clang/clang-tidy %s, or no build in %s)" %
                  (major, major, build))
    if not toolchains:
        sys.exit("nothing to measure")
    print("# transit checks: cost over the compile they ride on")
    print("\n(time = user + system CPU seconds; ratios are medians of interleaved "
          "pairs, min-max in brackets; %d cores, load %.2f)" % (os.cpu_count(), os.getloadavg()[0]))
    for tc in toolchains:
        parse = real_tus(tc, tus, args.repeat, args.smoke)
        check_profile(tc, tus, parse, max(1, min(args.repeat, 3)))
        scaling(tc, sizes, args.repeat)
        if not args.no_driver and not args.smoke:
            driver(tc, tus, args.repeat)
        if not args.no_editor and not args.smoke:
            editor(tc, tus, args.repeat)
        for _, file, _ in (tus if args.callgrind else tus[:1]):
            instructions(tc, TUS / file, args.callgrind)


if __name__ == "__main__":
    main()
