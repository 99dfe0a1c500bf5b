#!/usr/bin/env python3
"""Benchmarks the transit checks on generated translation units.

Reports ratios against a baseline measured in the same run, never absolute
goals: how much a compile with the plugin costs over the same compile
without it (time and peak memory), and how the cost grows with input size
(doubling the sites and comments should roughly double the extra time).

  bench/run.py [--build build] [--sizes 2000,4000,8000] [--repeat 3]

Each generated file has <size> functions, each with a comment block and a
block comment; every tenth function builds insecure gRPC credentials, and
every other such site carries a carve-out, so the comment index, the
carve-out lookup and the reporting are all exercised. The plugin is measured
twice: with -w (the checks' own cost) and with every warning printed (what a
user pays, dominated by the compiler rendering the warnings).
"""
import argparse
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def generate(path, functions):
    lines = ["#include <grpcpp/grpcpp.h>", "#include <grpc/grpc_security.h>", ""]
    for i in range(functions):
        lines.append(f"// Function {i}: talks to backend {i % 17}.")
        lines.append("// Filler comment that carries no carve-out at all.")
        lines.append(f"std::shared_ptr<grpc::ChannelCredentials> creds_{i}() {{")
        lines.append(f"  int local_{i} = {i}; /* block comment */ (void)local_{i};")
        if i % 10:
            lines.append("  return grpc::SslCredentials(grpc::SslCredentialsOptions());")
        else:
            if i % 20:
                lines.append("  // ZFN-3 carve-out: loopback only, in-pod sidecar;")
                lines.append("  // payload is public counters with no PII.")
            lines.append("  return grpc::InsecureChannelCredentials();")
        lines.append("}")
        lines.append("")
    path.write_text("\n".join(lines))


def measure(cmd, repeat):
    """Median wall time and median peak RSS (KiB) of `cmd` over `repeat` runs."""
    times, peaks = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit("benchmark command failed: " + " ".join(cmd))
        peaks.append(usage.ru_maxrss)
    return statistics.median(times), statistics.median(peaks)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--llvm", default="/usr/lib/llvm-19")
    parser.add_argument("--sizes", default="2000,4000,8000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    clangxx = os.path.join(args.llvm, "bin/clang++")
    tidy = os.path.join(args.llvm, "bin/clang-tidy")
    plugin = os.path.join(args.build, "lib/libTransitClang.so")
    tidy_plugin = os.path.join(args.build, "lib/libTransitTidy.so")
    include = str(ROOT / "test/checks/Inputs/grpc")
    common = ["-std=c++17", "-isystem", include]

    print("functions | with -w: time | with -w: peak RSS | printing: time | "
          "clang-tidy: time | checks' extra time vs smallest input")
    print("----------|---------------|-------------------|----------------|"
          "------------------|-----------------------------------")
    first_extra = first_size = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            src = pathlib.Path(tmp) / f"bench_{size}.cpp"
            generate(src, size)
            compile_cmd = [clangxx, "-fsyntax-only", *common, str(src)]
            base_t, base_m = measure(compile_cmd, args.repeat)
            quiet_t, quiet_m = measure(compile_cmd + [f"-fplugin={plugin}", "-w"], args.repeat)
            loud_t, _ = measure(compile_cmd + [f"-fplugin={plugin}"], args.repeat)
            tidy_t, _ = measure([tidy, f"--load={tidy_plugin}", "-checks=-*,transit-*",
                                 "--quiet", str(src), "--", *common], args.repeat)
            extra = quiet_t - base_t
            if first_extra is None:
                first_extra, first_size = extra, size
            growth = (f"{extra / first_extra:.2f}x for {size / first_size:.0f}x input"
                      if first_extra > 0 else "n/a")
            print(f"{size:9d} | {quiet_t / base_t:13.2f} | {quiet_m / base_m:17.2f} | "
                  f"{loud_t / base_t:14.2f} | {tidy_t / base_t:16.2f} | {growth}")
    print("(ratios against clang++ -fsyntax-only of the same file without the plugin)")


if __name__ == "__main__":
    main()
