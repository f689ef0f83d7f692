#!/usr/bin/env bash
# `pyjail serve` against cold starts, in one run (release build, timed as
# installed: a copy of the binary):
#  1. latency of a `print(1)` job, interleaved rounds: through the raw API
#     (request to complete answer, on the unix socket), through
#     `pyjail run --server`, cold `pyjail run` (telemetry on, as users run
#     it), cold bare `python3 -I -S`, and bubblewrap with a strict jail;
#     p50 and p99 of each;
#  2. throughput (jobs/s) through the API at concurrency 1, 2 and 8, against
#     a loop of cold `pyjail run` (and two such loops side by side);
#  3. a leak check: many jobs through the API, then processes, mounts,
#     pyjail cgroups, the server's fds and RSS compared with before;
#  4. CPU per job (the kernel's accounting: every CPU's busy time, kernel
#     workers included) through the server and of a cold run; the client
#     is a Python thread per connection.
# Usage: scripts/bench-serve.sh [--jobs N]   (leak-check jobs; default 500,
# the issue's figure is --jobs 10000). RUNS=N latency rounds (default 100),
# BURST=N jobs per throughput point (default 100), PYJAIL=PATH a pyjail
# binary to time instead of building this checkout (before/after figures).
# Needs root (bwrap and the jails map a jail user); installs bubblewrap when
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."
leak_jobs=500
while [ $# -gt 0 ]; do
    case "$1" in
        --jobs) leak_jobs="$2"; shift 2 ;;
        *) echo "usage: $0 [--jobs N]" >&2; exit 2 ;;
    esac
done
runs="${RUNS:-100}"
burst="${BURST:-100}"

command -v bwrap >/dev/null || { apt-get update -qq && apt-get install -y -qq bubblewrap >/dev/null; }
built=${PYJAIL:-$(scripts/release-binary)}
work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
pyjail="$work/pyjail"
cp "$built" "$pyjail"
read -r python prefix < <("${PYTHON:-python3}" -I -S -c 'import os, sys; print(os.path.realpath(sys.executable), sys.base_prefix)')
"$pyjail" run --python "$python" -c pass  # warm the interpreter-probe and prelude caches

socket="$work/api.sock"
"$pyjail" serve --socket "$socket" --python "$python" --pool 4 --concurrency 2 --queue 64 2>"$work/serve.log" &
server_pid=$!

bwrap_strict=(bwrap --unshare-all --unshare-user --uid 1000 --gid 1000 --die-with-parent --new-session
    --ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/sbin /sbin --symlink usr/lib /lib
    --symlink usr/lib64 /lib64 --ro-bind /etc/ld.so.cache /etc/ld.so.cache --ro-bind "$prefix" "$prefix"
    --proc /proc --dev /dev --tmpfs /tmp --tmpfs /work --chdir /work --clearenv
    --setenv PATH /usr/bin:/bin --cap-drop ALL)

python3 - "$runs" "$burst" "$leak_jobs" "$python" "$pyjail" "$socket" "$server_pid" "${bwrap_strict[@]}" <<'PY'
import json, os, random, socket, statistics, sys, threading, time
runs, burst, leak_jobs = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
python, pyjail, sock, server = sys.argv[4], sys.argv[5], sys.argv[6], int(sys.argv[7])
bwrap = sys.argv[8:]
body = json.dumps({"code": "print(1)"}).encode()
request = b"POST /v1/jobs HTTP/1.1\r\nHost: b\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)

def api(retries):
    while True:
        s = socket.socket(socket.AF_UNIX)
        s.connect(sock)
        s.sendall(request)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
        s.close()
        answer = b"".join(chunks)
        if answer.startswith(b"HTTP/1.1 429"):
            retries.append(1)
            time.sleep(0.005)
            continue
        assert answer.startswith(b"HTTP/1.1 200"), answer[:300]
        assert b'"stdout":"1\\n"' in answer, answer[:600]
        return

def healthy(ready):
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect(sock)
            s.sendall(b"GET /healthz HTTP/1.1\r\n\r\n")
            text = s.recv(4096).decode()
            s.close()
            if json.loads(text.split("\r\n\r\n", 1)[1])["ready"] >= ready:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.01)
    sys.exit("the server's pool did not fill: see serve.log")

devnull = os.open(os.devnull, os.O_RDWR)
def spawn(argv):
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
    _, status = os.waitpid(pid, 0)
    assert status == 0, (argv, status)
    return (time.perf_counter() - start) * 1000

def timed(fn):
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000

program = ["-c", "print(1)"]
commands = {
    "API (raw HTTP on the socket)": lambda: timed(lambda: api([])),
    "pyjail run --server": lambda: spawn([pyjail, "run", "--server", sock] + program),
    "pyjail run (cold, telemetry on)": lambda: spawn([pyjail, "run", "--python", python] + program),
    "python3 -I -S (cold, bare)": lambda: spawn([python, "-I", "-S"] + program),
    "bwrap strict + python3 -I -S": lambda: spawn(bwrap + [python, "-I", "-S"] + program),
}
healthy(4)
print(f"load before: {os.getloadavg()[0]:.2f} (2 CPUs; other builds on the machine make every figure noisy)")
times = {name: [] for name in commands}
# Each round in a new order (seeded), so that no command always follows the same one:
# what ran just before changes what is still in the caches.
order = random.Random(15)
for i in range(runs):
    names = list(commands)
    order.shuffle(names)
    for name in names:
        if name.startswith(("API", "pyjail run --server")):
            healthy(1)  # sequential use: a jail is ready, as it is between a client's jobs
        else:
            healthy(4)  # the pool is full: no refill competes with a cold start
        times[name].append(commands[name]())
bare = statistics.median(times["python3 -I -S (cold, bare)"])
print(f"1. latency of a print(1) job, {runs} interleaved rounds")
for name, samples in times.items():
    p50 = statistics.median(samples)
    p99 = statistics.quantiles(samples, n=100)[-1]
    print(f"   {name:34} p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  (p50 {p50 - bare:+.2f} ms vs bare python)")

print(f"2. throughput, {burst} print(1) jobs per point (server: pool 4, concurrency 2)")
def cold_loop(n):
    for _ in range(n):
        spawn([pyjail, "run", "--python", python] + program)
def parallel(c, n, fn):
    each = [n // c + (1 if i < n % c else 0) for i in range(c)]
    threads = [threading.Thread(target=fn, args=(k,)) for k in each]
    start = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    return n / (time.perf_counter() - start)
cold1 = parallel(1, burst, cold_loop)
cold2 = parallel(2, burst, cold_loop)
print(f"   cold `pyjail run` loop:        {cold1:6.1f} jobs/s   (two loops side by side: {cold2:6.1f})")
for c in (1, 2, 8):
    retries = []
    healthy(4)
    rate = parallel(c, burst, lambda k: [api(retries) for _ in range(k)])
    print(f"   API at concurrency {c}:          {rate:6.1f} jobs/s   ({rate / cold1:.1f}x the cold loop; {len(retries)} 429s retried)")

def snapshot():
    parents = {}
    for p in os.listdir("/proc"):
        try:
            parents[int(p)] = int(open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[1])
        except (ValueError, OSError):
            pass
    tree = {server}
    while True:
        grown = tree | {p for p, q in parents.items() if q in tree}
        if grown == tree:
            break
        tree = grown
    mounts = sum(1 for _ in open("/proc/self/mountinfo"))
    cgroups = 0
    for root, dirs, _ in os.walk("/sys/fs/cgroup"):
        cgroups += sum(1 for d in dirs if d.startswith("pyjail-") and d != "pyjail-supervisor")
    fds = len(os.listdir(f"/proc/{server}/fd"))
    rss = next(int(l.split()[1]) for l in open(f"/proc/{server}/status") if l.startswith("VmRSS:"))
    return len(tree), mounts, cgroups, fds, rss
print(f"3. leak check: {leak_jobs} jobs through the API at concurrency 2")
healthy(4)
before = snapshot()
retries = []
start = time.perf_counter()
half = None
def leak_worker(k):
    global half
    for i in range(k):
        api(retries)
        if i == k // 2 and half is None:
            half = snapshot()
parallel(2, leak_jobs, leak_worker)
took = time.perf_counter() - start
healthy(4)
time.sleep(0.5)
after = snapshot()
names = ("server's processes", "mounts", "pyjail cgroups", "server fds", "server RSS KiB")
for name, b, h, a in zip(names, before, half or before, after):
    print(f"   {name:18} before {b:8}  halfway {h:8}  after {a:8}")
print(f"   {leak_jobs} jobs in {took:.1f} s ({leak_jobs / took:.1f} jobs/s), {len(retries)} 429s retried")

# CPU per job, from the kernel's accounting: every CPU's busy time while
# the jobs ran and until what they left was done (the refill, teardowns,
# the kernel workers that clean namespaces up), so that jails forked from
# the template, reaped inside it, count as much as processes the forker
# reaps; the server's own and the client's beside it.
import ctypes, resource
hz = os.sysconf("SC_CLK_TCK")
def ticks(pid, fields):
    stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return sum(int(stat[i]) for i in fields) / hz
def busy():
    times = [int(t) for t in open("/proc/stat").readline().split()[1:9]]
    return (sum(times) - times[3] - times[4]) / hz  # less idle and iowait
def own_cpu(who):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime
cpu_jobs = 300
print(f"4. CPU per print(1) job, {cpu_jobs} jobs (all CPUs' busy time; the API at concurrency 2)")
healthy(4)
time.sleep(0.5)
b0, s0, c0 = busy(), ticks(server, (11, 12)), own_cpu(resource.RUSAGE_SELF)
parallel(2, cpu_jobs, lambda k: [api([]) for _ in range(k)])
healthy(4)
time.sleep(1.5)  # the last helpers end and are reaped
b1, s1, c1 = busy(), ticks(server, (11, 12)), own_cpu(resource.RUSAGE_SELF)
ms = lambda t: t / cpu_jobs * 1000
print(f"   through the server: {ms(b1 - b0):5.2f} ms (the server's own {ms(s1 - s0):.2f}, "
      f"the client's {ms(c1 - c0):.2f})")
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
b0 = busy()
cold_loop(cpu_jobs)
def ours():
    return [p for p in os.listdir("/proc") if p.isdigit() and int(p) != server
            and int(open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[1]) == os.getpid()]
deadline = time.time() + 30
while time.time() < deadline:
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:
        pass
    try:
        if not ours():
            break
    except OSError:
        continue
    time.sleep(0.05)
print(f"   cold `pyjail run`:  {ms(busy() - b0):5.2f} ms")
PY
