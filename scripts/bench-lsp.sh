#!/usr/bin/env bash
# Latency of `pyjail lsp` (release build) for edits to a 1,000-line Python
# file: an LSP client (Python, standard library only) opens the file, then
# makes single-character edits spaced beyond the server's 50 ms coalescing
# window, and reads the `$/pyjail/timing` notification the server sends with
# --log-timing for each lint. Prints, over all edits, the server-side latency
# (from reading the change to publishing its diagnostics) and the lint time,
# plus the round trip the client saw. Target: server-side latency 3 ms at most (median). The
# server lints a change at once when its last lint is more than 50 ms old, and otherwise
# coalesces changes until 50 ms after that lint: edits here are 60 ms apart, so the latency
# measured is the lint's, without waiting.
# Then a typing burst (keystrokes 10 ms apart) shows how many lints the
# coalescing leaves and how soon the last keystroke's diagnostics arrive.
set -euo pipefail
cd "$(dirname "$0")/.."
edits="${EDITS:-200}"

pyjail=$(scripts/release-binary)

python3 - "$pyjail" "$edits" <<'PY'
import json, os, statistics, subprocess, sys, tempfile, time

pyjail, edits = sys.argv[1], int(sys.argv[2])

# 1,000 lines of ordinary code with a few escape patterns among them.
block = '''class Account{i}:
    """A bank account, number {i}."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"{{type(self).__name__}}({{self.owner!r}}, {{self.balance}})"

def report{i}(accounts):
    total = sum(a.balance for a in accounts)
    names = ", ".join(sorted(a.owner for a in accounts))
    return {{"total": total, "names": names, "count": len(accounts)}}
'''
lines = []
i = 0
while len(lines) < 1000:
    lines.extend(block.format(i=i).splitlines())
    if i % 10 == 3:
        lines.append("leak = ().__class__.__bases__[0].__subclasses__()")
    i += 1
lines = lines[:1000]
text = "\n".join(lines) + "\n"
assert len(text.splitlines()) == 1000

path = os.path.join(tempfile.mkdtemp(prefix="pyjail-bench-lsp-"), "big.py")
with open(path, "w") as f:
    f.write(text)
uri = "file://" + path

server = subprocess.Popen([pyjail, "lsp", "--log-timing"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()

def receive():
    length = None
    while True:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("server closed its output")
        line = line.strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(server.stdout.read(length))

def wait_for(predicate):
    while True:
        message = receive()
        if predicate(message):
            return message

send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": {"processId": None, "rootUri": None, "capabilities": {}}})
wait_for(lambda m: m.get("id") == 1)
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": text}}})
first = wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
findings = len(first["params"]["diagnostics"])

latency, lint, round_trip = [], [], []
for version in range(2, edits + 2):
    time.sleep(0.06)  # beyond the 50 ms window: every edit is linted on its own
    line = 500 + version % 100
    change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}},
              "text": " " if version % 2 == 0 else ""}
    if version % 2:  # undo the previous insertion
        change["range"]["end"]["character"] = 1
        change["range"]["start"]["line"] = change["range"]["end"]["line"] = 500 + (version - 1) % 100
    sent = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
    timing = wait_for(lambda m: m.get("method") == "$/pyjail/timing" and m["params"]["version"] == version)
    round_trip.append((time.perf_counter() - sent) * 1e3)
    latency.append(timing["params"]["latencyMs"])
    lint.append(timing["params"]["lintMs"])

# Typing: a burst of keystrokes 10 ms apart is coalesced into few lints.
burst, first_version = 30, edits + 2
for k in range(burst):
    version = first_version + k
    line = 200
    change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": "#"}
    send({"jsonrpc": "2.0", "method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
    time.sleep(0.01)
last_sent = time.perf_counter()
last_version = first_version + burst - 1
burst_lints = 0
while True:
    message = receive()
    if message.get("method") == "$/pyjail/timing":
        burst_lints += 1
        if message["params"]["version"] == last_version:
            settle = (time.perf_counter() - last_sent) * 1e3
            break

send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
wait_for(lambda m: m.get("id") == 2)
send({"jsonrpc": "2.0", "method": "exit"})
server.wait(timeout=10)

def summary(values):
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1]
    return f"median {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms   max {values[-1]:6.2f} ms"

print(f"pyjail lsp, 1,000-line file ({len(text)} bytes, {findings} findings), {edits} edits:")
print(f"  server-side latency (change read -> diagnostics published): {summary(latency)}")
print(f"  lint time                                                 : {summary(lint)}")
print(f"  client round trip (change sent -> timing received)        : {summary(round_trip)}")
print(f"  typing burst: {burst} changes 10 ms apart -> {burst_lints} lints; "
      f"last change's diagnostics {settle:.1f} ms after it was sent")
target = statistics.median(latency) <= 3
print(f"  target <= 3 ms server-side (median; changes within 50 ms of a lint are coalesced): "
      f"{'met' if target else 'NOT met'}")
PY
