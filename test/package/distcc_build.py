#!/usr/bin/env python3
"""The compiler plugin through a real distributed build: distcc.

  distcc_build.py --bin BUILD/bin --clangxx clang++-M --mocks test/checks/Inputs --work DIR

Starts distccd on 127.0.0.1 (a free port, this test's own state directory),
then compiles a fixture through `distcc transit-clang++` with
DISTCC_HOSTS=127.0.0.1:PORT and local fallback forbidden, and requires that
  - the job compiled on the server (distccd logs COMPILE_OK for it),
  - the finding comes back to the client, on the client's file name,
  - with -Werror the compile fails on the server and distcc reports it,
  - a carve-out in the source is honoured: distcc preprocesses on the client
    and would strip comments, and transit-clang++ keeps them (-Xclang -C),
  - a configuration reaches the server through -fplugin-arg-transit-config=
    and config-file= (the server sees a temporary .i file, so a .clang-tidy
    beside the source is never found there),
  - a client's own -fplugin= is refused by distccd, which is why the wrapper
    (the plugin chosen on the compiling machine) is the way to do it.
docs/scale.md explains the set-up this test exercises.
"""
import argparse
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import sys
import time

from checklist import Checklist

ap = argparse.ArgumentParser()
ap.add_argument("--bin", required=True, help="directory holding transit-clang++")
ap.add_argument("--clangxx", required=True, help="the plain clang++ of the build's LLVM")
ap.add_argument("--mocks", required=True)
ap.add_argument("--work", required=True)
a = ap.parse_args()

distcc, distccd = shutil.which("distcc"), shutil.which("distccd")
if not distcc or not distccd:
    sys.exit("distcc_build.py: distcc is not installed (scripts/setup.sh installs it)")

work = pathlib.Path(a.work).resolve()
shutil.rmtree(work, ignore_errors=True)
(work / "state").mkdir(parents=True)
compiler = pathlib.Path(a.bin).resolve() / "transit-clang++"
plugin_dir = compiler.parent.parent / "lib"
mocks = pathlib.Path(a.mocks).resolve() / "grpc"

# distccd run by root drops to the 'distcc' user (or nobody): that user must
# be able to run the compiler and read the plugin. Say so instead of failing
# with a remote "no such file".
if os.geteuid() == 0:
    for p in [compiler, *compiler.parents]:
        if p == pathlib.Path("/"):
            break
        if not os.stat(p).st_mode & 0o001:
            sys.exit(f"distcc_build.py: {p} is not searchable by others; distccd, run as root, "
                     "compiles as an unprivileged user and cannot reach the compiler")

(work / "channel.cpp").write_text(
    "#include <grpcpp/grpcpp.h>\n"
    "auto plain = grpc::InsecureChannelCredentials();\n")
(work / "carved.cpp").write_text(
    "#include <grpcpp/grpcpp.h>\n"
    "// ZFN-3 carve-out: the sidecar listens on 127.0.0.1 inside the pod's network namespace;"
    " traffic never leaves the host kernel\n"
    "auto local = grpc::InsecureChannelCredentials();\n")
(work / "off.yaml").write_text("Checks: '-*,transit-plaintext-http'\n")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


port = free_port()
log = work / "distccd.log"
# The server's own scratch directory: distccd, started as root, works as an
# unprivileged user that cannot enter a private TMPDIR (lit's is 0700).
server_tmp = work / "server"
server_tmp.mkdir()
server_tmp.chmod(0o1777)
daemon = subprocess.Popen(
    [distccd, "--daemon", "--no-detach", "--allow", "127.0.0.1", "--listen", "127.0.0.1",
     "--port", str(port), "--jobs", "2", "--log-stderr", "--log-level", "info",
     # distccd >= 3.3 only runs compilers named in its whitelist unless told
     # otherwise; the test's compiler lives in the build tree.
     "--enable-tcp-insecure"],
    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log.open("w"),
    cwd=server_tmp, env=dict(os.environ, TMPDIR=str(server_tmp)), start_new_session=True)

# The client's environment: nothing inherited that could send the job
# elsewhere or let it fall back to compiling locally.
env = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": str(work / "state"),
    "TMPDIR": str(work / "state"),
    "DISTCC_DIR": str(work / "state"),
    "DISTCC_HOSTS": f"127.0.0.1:{port}/2",
    "DISTCC_FALLBACK": "0",
    "DISTCC_SKIP_LOCAL_RETRY": "1",
    "DISTCC_BACKOFF_PERIOD": "0",
    "DISTCC_IO_TIMEOUT": "120",
}
checks = Checklist("distcc_build.py")
check = checks.check


def distcc_compile(source, *flags, plugin_via_client=False, extra_env=None):
    front = [distcc]
    if plugin_via_client:
        front += [a.clangxx, f"-fplugin={plugin_dir / 'libTransitClang.so'}"]
    else:
        front += [str(compiler)]
    return subprocess.run(
        [*front, "-isystem", str(mocks), *flags,
         "-c", source, "-o", pathlib.Path(source).with_suffix(".o").name],
        cwd=work, env=dict(env, **(extra_env or {})), stdin=subprocess.DEVNULL, capture_output=True, text=True,
        timeout=300)


def wait_ready():
    # distccd logs when its workers are up and listening.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            sys.exit("distcc_build.py: distccd exited at start:\n" + log.read_text())
        if "daemon started" in log.read_text():
            return
        time.sleep(0.1)
    sys.exit("distcc_build.py: distccd did not start within 30 s\n" + log.read_text())


try:
    wait_ready()

    p = distcc_compile("channel.cpp")
    check(p.returncode == 0 and (work / "channel.o").exists(),
          "channel.cpp compiled through distcc", p)
    check(re.search(r"^channel\.cpp:2:14: warning: 'grpc::InsecureChannelCredentials' .*"
                    r"\[transit-insecure-grpc\]$", p.stderr, re.M) is not None,
          "the finding came back from the server, on the client's file name", p)

    p = distcc_compile("channel.cpp", "-Werror")
    check(p.returncode != 0 and re.search(r"^channel\.cpp:2:14: error: .*"
                                          r"\[transit-insecure-grpc\]$", p.stderr, re.M),
          "-Werror fails the distributed compile on the finding", p)

    p = distcc_compile("carved.cpp")
    check(p.returncode == 0 and "transit-" not in p.stderr,
          "a carve-out comment is honoured (the wrapper keeps comments through distcc's cpp)", p)

    p = distcc_compile("channel.cpp",
                       f"-fplugin-arg-transit-config-file={work / 'off.yaml'}")
    check(p.returncode == 0 and "transit-" not in p.stderr,
          "the configuration reaches the server through config-file=", p)

    p = distcc_compile("channel.cpp", "-fplugin-arg-transit-config={Checks: '-*,transit-plaintext-http'}")
    check(p.returncode == 0 and "transit-" not in p.stderr,
          "and through config= on the command line", p)

    time.sleep(0.5)  # distccd writes the job summary after answering
    text = log.read_text()
    check(len(re.findall(r"COMPILE_OK exit:0 .*transit-clang\+\+ (channel|carved)\.cpp$", text,
                         re.M)) == 4
          and len(re.findall(r"COMPILE_ERROR exit:1 .*transit-clang\+\+ channel\.cpp$", text,
                             re.M)) == 1,
          "every job ran on distccd (COMPILE_OK in its log, fallback forbidden)")

    # Last, because a refused job makes the client back off that host: a
    # client's own -fplugin= is refused by the server, and distcc (allowed to
    # fall back and to back off here, or it would retry for ever) compiles on
    # the client: the build is no longer distributed.
    p = distcc_compile("channel.cpp", plugin_via_client=True,
                       extra_env={"DISTCC_FALLBACK": "1", "DISTCC_BACKOFF_PERIOD": "60"})
    time.sleep(0.5)
    check("-fplugin= and/or -specs= passed, which are insecure" in log.read_text()[len(text):]
          and "running locally instead" in p.stderr,
          "distccd refuses a client's -fplugin= and the job falls back to the client", p)
finally:
    if daemon.poll() is None:
        os.killpg(daemon.pid, signal.SIGTERM)
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(daemon.pid, signal.SIGKILL)

checks.finish("\n--- distccd log ---\n" + log.read_text())
