#!/usr/bin/env python3
"""An editor's session with transit-clangd, over stdio JSON-RPC.

  lsp_session.py --clangd BIN --mocks test/checks/Inputs --work DIR

Writes a small project (a source with a plaintext gRPC channel, its
compile_commands.json, a .clangd enabling transit-*), then as an editor
would: initialize, open the file, and require that
  1. textDocument/publishDiagnostics carries the transit-insecure-grpc
     finding (source clang-tidy, code = the check name);
  2. textDocument/codeAction offers its fix-it, and the edit applied to the
     buffer switches to TLS credentials;
  3. after an edit that adds a carve-out above the site, the next
     diagnostics have no transit finding (the carve-out works as you type);
  4. clangd shuts down cleanly.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import threading
import queue

SOURCE = """#include <grpcpp/grpcpp.h>

std::shared_ptr<grpc::Channel> Orders() {
  return grpc::CreateChannel("orders:50051", grpc::InsecureChannelCredentials());
}
"""
CARVED = SOURCE.replace(
    "  return grpc::CreateChannel(\"orders",
    "  // ZFN-3 carve-out: loopback only, the sidecar listens in this pod; no PII.\n"
    "  return grpc::CreateChannel(\"orders")


def fail(message, detail=""):
    sys.stderr.write(f"lsp_session.py: FAIL: {message}\n{detail}\n")
    sys.exit(1)


class Client:
    def __init__(self, argv, cwd):
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 0
        self.log = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._stderr, daemon=True).start()

    def _stderr(self):
        for line in self.proc.stderr:
            self.log.append(line.decode(errors="replace"))

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode().strip()
                if not line:
                    break
                key, _, value = line.partition(":")
                headers[key.lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send(self, message):
        data = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=120):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout)["result"]

    def wait(self, accept, timeout=120):
        while True:
            try:
                m = self.messages.get(timeout=timeout)
            except queue.Empty:
                fail("no answer from transit-clangd in time", "".join(self.log[-40:]))
            if m is None:
                fail("transit-clangd exited", "".join(self.log[-40:]))
            if "method" in m and "id" in m:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})
                continue
            if accept(m):
                return m


def diagnostics(client, uri, version):
    def accept(m):
        p = m.get("params", {})
        return (m.get("method") == "textDocument/publishDiagnostics" and p.get("uri") == uri
                and p.get("version") == version)
    return client.wait(accept)["params"]["diagnostics"]


def apply(text, edits):
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    def offset(pos):
        return starts[pos["line"]] + pos["character"]
    for e in sorted(edits, key=lambda e: offset(e["range"]["start"]), reverse=True):
        text = text[:offset(e["range"]["start"])] + e["newText"] + text[offset(e["range"]["end"]):]
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clangd", required=True)
    ap.add_argument("--mocks", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    root = pathlib.Path(a.work).resolve()
    root.mkdir(parents=True, exist_ok=True)
    src = root / "orders.cpp"
    src.write_text(SOURCE)
    (root / "compile_commands.json").write_text(json.dumps([{
        "directory": str(root), "file": str(src),
        "arguments": ["clang++", "-std=c++17", "-isystem",
                      str(pathlib.Path(a.mocks).resolve() / "grpc"), "-c", str(src)]}]))
    # clangd runs only the clang-tidy checks it has timed unless told
    # otherwise: FastCheckFilter Loose lets checks it has not timed run.
    (root / ".clangd").write_text(
        "Diagnostics:\n  ClangTidy:\n    Add: [transit-*]\n    FastCheckFilter: Loose\n")
    uri = src.as_uri()

    c = Client([a.clangd, os.environ.get("LSP_LOG", "--log=error"), "--background-index=false",
                "--enable-config"], cwd=root)
    c.request("initialize", {
        "processId": os.getpid(), "rootUri": root.as_uri(),
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"versionSupport": True},
            "codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix"]}}}}}})
    c.notify("initialized", {})
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": SOURCE}})

    # 1. The finding, live.
    diags = diagnostics(c, uri, 1)
    transit = [d for d in diags if str(d.get("code", "")).startswith("transit-")]
    if len(transit) != 1 or transit[0]["code"] != "transit-insecure-grpc" \
            or transit[0].get("source") != "clang-tidy" or transit[0]["range"]["start"]["line"] != 3:
        fail("publishDiagnostics does not carry the transit-insecure-grpc finding",
             json.dumps(diags, indent=1) + "".join(c.log[-40:]))
    print("diagnostic:", transit[0]["code"], transit[0]["message"][:60])

    # 2. Its fix-it as a code action.
    actions = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": transit[0]["range"],
        "context": {"diagnostics": transit, "only": ["quickfix"]}})
    edits = [e for act in actions or [] for e in
             act.get("edit", {}).get("changes", {}).get(uri, [])]
    fixed = apply(SOURCE, edits)
    if "grpc::SslCredentials(grpc::SslCredentialsOptions())" not in fixed \
            or "InsecureChannelCredentials" in fixed:
        fail("the code action does not apply the fix-it", json.dumps(actions, indent=1))
    print("code action:", actions[0]["title"])

    # 3. A carve-out typed above the site: the finding goes away.
    c.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": CARVED}]})
    after = [d for d in diagnostics(c, uri, 2) if str(d.get("code", "")).startswith("transit-")]
    if after:
        fail("the carve-out did not silence the finding", json.dumps(after, indent=1))
    print("after the carve-out: no transit diagnostic")

    # 4. Clean shutdown.
    c.request("shutdown", None)
    c.notify("exit", None)
    if c.proc.wait(timeout=60) != 0:
        fail(f"transit-clangd exited with {c.proc.returncode}", "".join(c.log[-40:]))
    print("lsp_session.py: ok")


if __name__ == "__main__":
    main()
