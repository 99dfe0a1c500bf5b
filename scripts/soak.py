#!/usr/bin/env python3
"""Soak: every C and C++ file of a large real code base through both front
ends of transit's checks, counting crashes, hangs and findings.

  scripts/soak.py [--build build] [--work build-soak] [--timeout 120] [-j N]
                  [--sources curl,examples,headers] [--curl DIR] [--limit N]
                  [--packages REGEX]

Sources:
  curl      curl's lib/, src/, tests/ and docs/examples, configured with CMake
            so that every file has its real compile command (--curl: a source
            tree or a git directory; without it curl is cloned from GitHub);
  examples  every C and C++ example the installed Debian packages ship under
            /usr/share/doc/*/examples (gzipped ones unpacked);
  headers   generated translation units that include the public headers of
            each installed -dev package (one TU when they compile together,
            else as few as halving the list finds; C++ first, then C for the
            rest); analysed with system headers on, so the library's own
            inline code goes through every check.

Each file goes through clang-tidy --load and through clang -fplugin, each with
a timeout. A crash is a signal, a sanitizer report or LLVM's crash banner; a
hang is a timeout. A file that does not compile with plain clang is still run
(parse errors must not crash anything), and counted apart. Findings are
counted per check and front end, the files where the two front ends disagree
are listed, and a seeded sample of findings is printed for a spot check.
Writes <work>/soak.json; exit 1 on any crash or hang.

With --build build-asan (scripts/sanitize.sh) the soak runs under ASan and
UBSan: the shared runtime is preloaded into the uninstrumented hosts.
"""
import argparse
import collections
import concurrent.futures
import glob
import gzip
import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time

FINDING = re.compile(
    r"^(?P<file>[^\n:]+):(?P<line>\d+):(?P<col>\d+): (?:warning|error): "
    r"(?P<msg>.*) \[(?P<check>transit-[a-z-]+)\]$", re.M)
CRASH_MARKERS = ("PLEASE submit a bug report", "Stack dump:", "LLVM ERROR:",
                 "Assertion `", "ERROR: AddressSanitizer", "runtime error:",
                 "UndefinedBehaviorSanitizer", "failed due to signal")
SOURCE_EXT = (".c", ".cc", ".cpp", ".cxx")
HEADER_EXT = (".h", ".hh", ".hpp", ".hxx", ".h++")
# Toolchain packages: their headers are the compiler's, not a client
# library's (and LLVM's alone would take hours).
TOOLCHAIN = re.compile(r"^(libc6|linux-libc|libstdc\+\+|libgcc|llvm|libclang|"
                       r"libllvm|libc\+\+|libobjc|libgfortran|libgtest|"
                       r"googletest|libgmock|libpython|python3)")
HEADERS_PER_PACKAGE = 150


class Input:
    def __init__(self, source, path, lang, args, cwd, system_headers=False):
        self.source = source            # curl, examples, headers
        self.path = path
        self.lang = lang                # c or c++
        self.args = args                # compile arguments, without the file
        self.cwd = cwd
        self.system_headers = system_headers
        self.compiles = None
        self.results = {}               # front end -> Result


class Result:
    def __init__(self, status, seconds, findings, detail=""):
        self.status = status            # ok, crash, hang
        self.seconds = seconds
        self.findings = findings        # set of (file, line, col, check)
        self.messages = {}              # (file, line, col, check) -> message
        self.detail = detail


def run(cmd, cwd, timeout, env=None):
    """(returncode or None on timeout, output, seconds); kills the whole
    process group on timeout."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True,
                            env=env)
    try:
        out, _ = proc.communicate(timeout=timeout)
        return proc.returncode, out.decode("utf-8", "replace"), time.monotonic() - start
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return None, "", time.monotonic() - start


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --- inputs ---------------------------------------------------------------

def pkg_config_flags():
    """-I and -D flags of every installed pkg-config module (Qt 5 left out:
    its include directories would shadow Qt 6's)."""
    try:
        names = subprocess.run(["pkg-config", "--list-all"], capture_output=True,
                               text=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return []
    flags = []
    for line in names:
        name = line.split(" ", 1)[0]
        if not name or name.startswith("Qt5"):
            continue
        cflags = subprocess.run(["pkg-config", "--cflags", name],
                                capture_output=True, text=True).stdout
        for flag in shlex.split(cflags):
            if flag.startswith(("-I", "-D")) and flag not in flags:
                flags.append(flag)
    return flags


def lang_args(lang):
    return ["-x", "c", "-std=gnu11"] if lang == "c" else ["-x", "c++", "-std=gnu++17"]


def curl_inputs(args, work):
    src = os.path.join(work, "curl-src")
    if not os.path.isdir(os.path.join(src, "lib")):
        shutil.rmtree(src, ignore_errors=True)
        os.makedirs(src)
        origin = args.curl
        if origin and os.path.isdir(os.path.join(origin, "lib")):
            shutil.rmtree(src)
            shutil.copytree(origin, src, symlinks=True)
        elif origin and os.path.exists(os.path.join(origin, "HEAD")):
            archive = subprocess.Popen(["git", "--git-dir", origin, "archive", "HEAD"],
                                       stdout=subprocess.PIPE)
            subprocess.run(["tar", "-x", "-C", src], stdin=archive.stdout, check=True)
            if archive.wait() != 0:
                sys.exit(f"soak: cannot export curl from the git directory {origin}")
        else:
            url = "https://github.com/curl/curl.git"
            log(f"soak: cloning {url} (pass --curl DIR to use a local copy)")
            shutil.rmtree(src)
            if subprocess.run(["git", "clone", "-q", "--depth", "1", url, src]).returncode:
                sys.exit("soak: cannot get curl's sources; pass --curl DIR "
                         "(a source tree or a git directory)")
    build = os.path.join(work, "curl-build")
    db = os.path.join(build, "compile_commands.json")
    if not os.path.exists(db):
        configure = ["cmake", "-S", src, "-B", build, "-G", "Ninja",
                     "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON", f"-DCMAKE_C_COMPILER={args.clang}",
                     "-DBUILD_TESTING=ON", "-DBUILD_EXAMPLES=ON", "-DCURL_USE_LIBPSL=OFF",
                     "-DCURL_USE_LIBSSH2=OFF", "-DUSE_LIBIDN2=OFF", "-DCURL_BROTLI=OFF",
                     "-DCURL_ZSTD=OFF", "-DUSE_NGHTTP2=OFF"]
        r = subprocess.run(configure, capture_output=True, text=True)
        if r.returncode:
            sys.exit("soak: configuring curl failed:\n" + r.stdout[-3000:] + r.stderr[-3000:])
    with open(db) as f:
        commands = json.load(f)
    inputs, seen = [], set()
    for entry in commands:
        path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        if path in seen or not path.endswith(SOURCE_EXT):
            continue
        seen.add(path)
        argv = entry.get("arguments") or shlex.split(entry["command"])
        kept, skip = [], False
        for a in argv[1:]:
            if skip:
                skip = False
                continue
            if a in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if a in ("-c", "-MD", "-MMD") or a == entry["file"] or \
                    os.path.normpath(os.path.join(entry["directory"], a)) == path:
                continue
            kept.append(a)
        lang = "c" if path.endswith(".c") else "c++"
        inputs.append(Input("curl", path, lang, kept, entry["directory"]))
    # Files no target compiles here (other platforms, other TLS backends)
    # still must not crash anything: run them with curl's include paths.
    includes = [f"-I{os.path.join(build, 'lib')}", f"-I{os.path.join(src, 'include')}",
                f"-I{os.path.join(src, 'lib')}", f"-I{os.path.join(src, 'src')}",
                f"-I{os.path.join(src, 'tests', 'libtest')}",
                f"-I{os.path.join(src, 'tests', 'unit')}", "-DHAVE_CONFIG_H"]
    for top in ("lib", "src", "tests", os.path.join("docs", "examples")):
        for path in sorted(glob.glob(os.path.join(src, top, "**", "*"), recursive=True)):
            if path.endswith(SOURCE_EXT) and path not in seen:
                seen.add(path)
                lang = "c" if path.endswith(".c") else "c++"
                inputs.append(Input("curl", path, lang, lang_args(lang) + includes,
                                    os.path.dirname(path)))
    return inputs


def example_inputs(work, flags):
    out = os.path.join(work, "examples")
    inputs = []
    for path in sorted(glob.glob("/usr/share/doc/*/examples/**/*", recursive=True)):
        name = path[:-3] if path.endswith(".gz") else path
        if not name.endswith(SOURCE_EXT) or not os.path.isfile(path):
            continue
        if path.endswith(".gz"):
            target = os.path.join(out, os.path.relpath(name, "/usr/share/doc"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with gzip.open(path, "rb") as f, open(target, "wb") as g:
                g.write(f.read())
            name = target
        lang = "c" if name.endswith(".c") else "c++"
        inputs.append(Input("examples", name, lang,
                            lang_args(lang) + [f"-I{os.path.dirname(path)}"] + flags,
                            os.path.dirname(name)))
    return inputs


def package_headers():
    """{package: [header include names]} for every installed -dev package."""
    listing = subprocess.run(["dpkg-query", "-W", "-f", "${Package}\\n"],
                             capture_output=True, text=True).stdout.split()
    headers = {}
    for pkg in sorted(set(listing)):
        if not pkg.endswith("-dev") or TOOLCHAIN.match(pkg):
            continue
        files = subprocess.run(["dpkg", "-L", pkg], capture_output=True,
                               text=True).stdout.split("\n")
        names = [f[len("/usr/include/"):] for f in files
                 if f.startswith("/usr/include/") and f.endswith(HEADER_EXT)
                 and os.path.isfile(f) and "/private/" not in f
                 and "/detail/" not in f and "/impl/" not in f]
        if names:
            # Shallow first: a library's own umbrella headers lead.
            names.sort(key=lambda n: (n.count("/"), n))
            headers[pkg] = names[:HEADERS_PER_PACKAGE]
    return headers


def header_inputs(args, work, flags):
    """TUs per package and language of its headers that compile: one when
    they all do together, else as few as halving finds."""
    out = os.path.join(work, "headers")
    os.makedirs(out, exist_ok=True)
    inputs = []

    def compiles(text, lang, name):
        path = os.path.join(out, name + (".c" if lang == "c" else ".cpp"))
        with open(path, "w") as f:
            f.write(text)
        tool = args.clang if lang == "c" else args.clangxx
        rc, _, _ = run([tool, "-fsyntax-only", "-w"] + lang_args(lang) + flags + [path],
                       out, args.timeout)
        return rc == 0, path

    def tu(names):
        return "".join(f"#include <{n}>\n" for n in names)

    packages = {k: v for k, v in package_headers().items()
                if re.search(args.packages, k)}
    log(f"soak: {len(packages)} -dev packages with headers")

    def groups(names, lang, tag):
        """The headers of \p names split into groups that compile together:
        all of them when they do, else each half in turn (so a package with
        a few headers that need something else costs a few compiles, not one
        per header)."""
        ok, path = compiles(tu(names), lang, tag)
        if ok:
            return [(names, path)]
        os.remove(path)
        if len(names) == 1:
            return []
        mid = len(names) // 2
        return groups(names[:mid], lang, tag + "a") + groups(names[mid:], lang, tag + "b")

    def one_package(item):
        pkg, names = item
        made = []
        for lang in ("c++", "c"):
            if lang == "c" and all(n.endswith((".hpp", ".hh", ".hxx", ".h++"))
                                   for n in names):
                break
            found = groups(names, lang, f"{pkg}.{lang}.")
            made += [(path, lang) for _, path in found]
            covered = {n for group, _ in found for n in group}
            names = [n for n in names if n not in covered]
            if not names:
                break
        return made

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for made in pool.map(one_package, sorted(packages.items())):
            for path, lang in made:
                inputs.append(Input("headers", path, lang, lang_args(lang) + flags, out,
                                    system_headers=True))
    return inputs


# --- running --------------------------------------------------------------

def parse_findings(output, cwd):
    findings, messages = set(), {}
    for m in FINDING.finditer(output):
        key = (os.path.normpath(os.path.join(cwd, m["file"])), int(m["line"]),
               int(m["col"]), m["check"])
        findings.add(key)
        messages[key] = m["msg"]
    return findings, messages


def judge(rc, output, seconds, cwd):
    if rc is None:
        return Result("hang", seconds, set(), "timed out")
    crashed = rc < 0 or rc == 86 or any(m in output for m in CRASH_MARKERS)
    findings, messages = parse_findings(output, cwd)
    detail = ""
    if crashed:
        lines = [l for l in output.splitlines()
                 if any(m in l for m in CRASH_MARKERS) or "#" in l[:4]]
        detail = f"exit {rc}: " + " | ".join(lines[:6])
    r = Result("crash" if crashed else "ok", seconds, findings, detail)
    r.messages = messages
    return r


def soak_one(inp, args, env):
    tool = args.clang if inp.lang == "c" else args.clangxx
    rc, _, _ = run([tool, "-fsyntax-only", "-w"] + inp.args + [inp.path], inp.cwd,
                   args.timeout)
    inp.compiles = rc == 0
    tidy = [args.clang_tidy, f"--load={args.tidy_plugin}", "-checks=-*,transit-*",
            "--quiet"]
    plugin = [tool, "-fsyntax-only", f"-fplugin={args.clang_plugin}",
              "-fplugin-arg-transit-checks=transit-*"]
    if inp.system_headers:
        tidy += ["--system-headers", "--header-filter=.*"]
        plugin += ["-fplugin-arg-transit-config={SystemHeaders: true}", "-Wsystem-headers"]
    tidy += [inp.path, "--"] + inp.args
    plugin += inp.args + [inp.path]
    for name, cmd in (("clang-tidy", tidy), ("plugin", plugin)):
        rc, output, seconds = run(cmd, inp.cwd, args.timeout, env)
        inp.results[name] = judge(rc, output, seconds, inp.cwd)
    return inp


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--build", default=os.path.join(root, "build"))
    p.add_argument("--work", default=os.path.join(root, "build-soak"))
    p.add_argument("--sources", default="curl,examples,headers")
    p.add_argument("--curl", help="curl's sources: a tree or a git directory")
    p.add_argument("--timeout", type=float, default=120, help="seconds per file and tool")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--limit", type=int, help="at most N files per source (a quick run)")
    p.add_argument("--packages", default="", help="headers: only -dev packages matching this regex")
    p.add_argument("--sample", type=int, default=25, help="findings printed for a spot check")
    args = p.parse_args()

    # The build's own record of its tools (test/lit.site.cfg.py).
    site = {}
    try:
        with open(os.path.join(args.build, "test", "lit.site.cfg.py")) as f:
            site = dict(re.findall(r'^config\.(\w+) = "(.*)"$', f.read(), re.M))
    except OSError:
        sys.exit(f"soak: {args.build} is not a configured build; run scripts/setup.sh")
    major = site["llvm_major"]
    args.clang_tidy, args.clang, args.clangxx = site["clang_tidy"], site["clang"], site["clangxx"]
    args.tidy_plugin = os.path.join(site["transit_lib_dir"], "libTransitTidy.so")
    args.clang_plugin = os.path.join(site["transit_lib_dir"], "libTransitClang.so")
    for tool in (args.clang_tidy, args.clang, args.tidy_plugin, args.clang_plugin):
        if not os.path.exists(tool):
            sys.exit(f"soak: {tool} is missing; build first (scripts/setup.sh)")
    env = dict(os.environ)
    asan = site.get("transit_asan_runtime", "")
    if asan:
        env["LD_PRELOAD"] = asan
        env["ASAN_OPTIONS"] = ("detect_leaks=0:exitcode=86:detect_odr_violation=0:"
                               "allow_user_poisoning=0")
        env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=86"

    os.makedirs(args.work, exist_ok=True)
    args.work = os.path.abspath(args.work)
    flags = pkg_config_flags()
    sources = [s for s in args.sources.split(",") if s]
    inputs = []
    for s in sources:
        if s == "curl":
            found = curl_inputs(args, args.work)
        elif s == "examples":
            found = example_inputs(args.work, flags)
        elif s == "headers":
            found = header_inputs(args, args.work, flags)
        else:
            sys.exit(f"soak: unknown source '{s}' (curl, examples, headers)")
        if args.limit:
            found = found[:args.limit]
        log(f"soak: {s}: {len(found)} files")
        inputs += found

    start = time.monotonic()
    done = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(soak_one, i, args, env) for i in inputs]
        for fut in concurrent.futures.as_completed(futures):
            inp = fut.result()
            done += 1
            bad = [f"{n} {r.status}" for n, r in inp.results.items() if r.status != "ok"]
            if bad or done % 100 == 0:
                log(f"soak: [{done}/{len(inputs)}] {inp.path}" +
                    (": " + ", ".join(bad) if bad else ""))
    elapsed = time.monotonic() - start

    # --- the record ---
    report = {"build": os.path.abspath(args.build), "llvm": major,
              "sanitized": bool(asan), "timeout": args.timeout,
              "seconds": round(elapsed), "sources": {}, "crashes": [], "hangs": [],
              "disagreements": []}
    all_findings = []
    for s in sources:
        mine = [i for i in inputs if i.source == s]
        entry = {"files": len(mine), "compile": sum(1 for i in mine if i.compiles),
                 "findings": {}}
        for front in ("clang-tidy", "plugin"):
            counts = collections.Counter(k[3] for i in mine
                                         for k in i.results[front].findings)
            entry["findings"][front] = dict(sorted(counts.items()))
            entry[f"{front} seconds"] = round(sum(i.results[front].seconds for i in mine))
        report["sources"][s] = entry
        for i in mine:
            for front, r in i.results.items():
                if r.status == "crash":
                    report["crashes"].append({"file": i.path, "front end": front,
                                              "detail": r.detail})
                elif r.status == "hang":
                    report["hangs"].append({"file": i.path, "front end": front})
            t, c = i.results["clang-tidy"], i.results["plugin"]
            if t.status == c.status == "ok" and t.findings != c.findings:
                report["disagreements"].append({
                    "file": i.path,
                    "clang-tidy only": sorted(f"{k[0]}:{k[1]}:{k[2]} {k[3]}"
                                              for k in t.findings - c.findings),
                    "plugin only": sorted(f"{k[0]}:{k[1]}:{k[2]} {k[3]}"
                                          for k in c.findings - t.findings)})
            for k in sorted(t.findings):
                all_findings.append(f"{k[0]}:{k[1]}:{k[2]}: {t.messages[k]} [{k[3]}]")
    with open(os.path.join(args.work, "soak.json"), "w") as f:
        json.dump(report, f, indent=1)

    print(f"soak: LLVM {major}{', sanitized' if asan else ''}, {len(inputs)} files, "
          f"{round(elapsed)} s")
    for s, e in report["sources"].items():
        print(f"  {s}: {e['files']} files ({e['compile']} compile with plain clang)")
        for front in ("clang-tidy", "plugin"):
            total = sum(e["findings"][front].values())
            per = ", ".join(f"{k} {v}" for k, v in e["findings"][front].items())
            print(f"    {front}: {total} findings" + (f" ({per})" if per else ""))
    print(f"  crashes: {len(report['crashes'])}")
    for c in report["crashes"]:
        print(f"    {c['front end']}: {c['file']}: {c['detail']}")
    print(f"  hangs (over {args.timeout:g} s): {len(report['hangs'])}")
    for h in report["hangs"]:
        print(f"    {h['front end']}: {h['file']}")
    print(f"  files where the front ends disagree: {len(report['disagreements'])}")
    for d in report["disagreements"][:20]:
        print(f"    {d['file']}: clang-tidy only {d['clang-tidy only']}, "
              f"plugin only {d['plugin only']}")
    sample = random.Random(19).sample(all_findings, min(args.sample, len(all_findings)))
    if sample:
        print(f"  a sample of {len(sample)} findings (clang-tidy) to spot-check:")
        for line in sorted(sample):
            print("    " + line)
    print(f"  record: {os.path.join(args.work, 'soak.json')}")
    return 1 if report["crashes"] or report["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
