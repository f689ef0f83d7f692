#!/usr/bin/env bash
# Where a cold run's time goes, phase by phase: pyjail (release build, timed as
# installed: a copy of the binary; telemetry on, as users run it), the floor of
# any jail of this shape (scripts/bench/floor-jail.c: namespaces and a
# read-only root, no other layer) and bare `python3 -I -S -c pass`, interleaved
# in one run (each round in a new order), timed by the kernel's own tracepoints
# in a tracing instance of this script's own (process exec, fork and exit, and
# the entry of `clone`, for this script's processes and what they start).
# For each: exec to the jail's clone, clone to the interpreter's exec, the
# interpreter's run, its exit to the supervisor's exit; for pyjail also when
# its network namespace is ready (the helper thread's end). Prints medians
# (p25-p75) in ms and pyjail's difference to the floor per phase.
# BASELINE=/path/to/another/pyjail adds that binary (before/after); RUNS=N
# rounds (default 100). Needs root, tracefs and a C compiler.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-100}"

tracing=/sys/kernel/tracing
[ -d "$tracing/instances" ] || mount -t tracefs nodev "$tracing" 2>/dev/null || true
[ -d "$tracing/instances" ] || { echo "bench-phases: no tracefs at $tracing" >&2; exit 2; }
built=$(scripts/release-binary)
work=$(mktemp -d)
instance="$tracing/instances/pyjail-phases-$$"
trap 'rmdir "$instance" 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$built" "$work/pyjail"
[ -z "${BASELINE:-}" ] || cp "$BASELINE" "$work/baseline"
cc -O2 -static -o "$work/floor-jail" scripts/bench/floor-jail.c
mkdir "$work/floor-root"
read -r python prefix < <("${PYTHON:-python3}" -I -S -c 'import os, sys; print(os.path.realpath(sys.executable), sys.base_prefix)')
"$work/pyjail" run --python "$python" -c pass  # warm the interpreter-probe and prelude caches
[ -z "${BASELINE:-}" ] || "$work/baseline" run --python "$python" -c pass
mkdir "$instance"

python3 - "$runs" "$instance" "$work" "$python" "$prefix" <<'PY'
import collections, os, random, re, statistics, sys
runs, instance, work, python, prefix = int(sys.argv[1]), *sys.argv[2:]
program = [python, "-I", "-S", "-c", "pass"]
commands = {
    "bare python": program,
    "floor": [f"{work}/floor-jail", f"{work}/floor-root", prefix] + program,
    "pyjail": [f"{work}/pyjail", "run", "--python", python, "-c", "pass"],
}
if os.path.exists(f"{work}/baseline"):
    commands["baseline"] = [f"{work}/baseline", "run", "--python", python, "-c", "pass"]

def put(name, value):
    with open(f"{instance}/{name}", "w") as f:
        f.write(value)

put("buffer_size_kb", "16384")
for event in ("sched/sched_process_exec", "sched/sched_process_fork", "sched/sched_process_exit"):
    put(f"events/{event}/enable", "1")
put("events/raw_syscalls/sys_enter/filter", "id == 56")  # clone: the jail's, the floor's
put("events/raw_syscalls/sys_enter/enable", "1")
put("options/event-fork", "1")
put("set_event_pid", str(os.getpid()))
devnull = os.open(os.devnull, os.O_RDWR)
spawned = []  # (name, pid) in the order run
order = random.Random(15)
put("tracing_on", "1")
for _ in range(runs):
    names = list(commands)
    order.shuffle(names)
    for name in names:
        argv = commands[name]
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
        _, status = os.waitpid(pid, 0)
        assert status == 0, (argv, status)
        spawned.append((name, pid))
put("tracing_on", "0")
with open(f"{instance}/trace") as f:
    trace = f.read().splitlines()

line = re.compile(r"^\s*(.*)-(\d+)\s+\[\d+\]\s+\S+\s+([\d.]+): (\w+): (.*)$")
field = lambda details, key: re.search(rf"\b{key}=(\S+)", details).group(1)
parent, execs, exits, clones, threads_ended = {}, {}, {}, {}, collections.defaultdict(list)
for text in trace:
    m = line.match(text)
    if not m:
        continue
    comm, pid, at, event, details = m.group(1), int(m.group(2)), float(m.group(3)) * 1000, m.group(4), m.group(5)
    if event == "sched_process_fork":
        parent[int(field(details, "child_pid"))] = int(field(details, "pid"))
    elif event == "sched_process_exec":
        execs.setdefault(int(field(details, "pid")), []).append((at, field(details, "filename")))
    elif event == "sched_process_exit":
        exits.setdefault(int(field(details, "pid")), at)
        threads_ended[field(details, "comm")].append((int(field(details, "pid")), at))
    elif event == "sys_enter":
        clones.setdefault(pid, at)

def descends(pid, root):
    while pid in parent:
        pid = parent[pid]
        if pid == root:
            return True
    return False

phases = collections.defaultdict(lambda: collections.defaultdict(list))
for name, pid in spawned:
    if pid not in execs or pid not in exits:
        continue
    start = execs[pid][0][0]
    interpreter = pid if name == "bare python" else next(
        (p for p, found in execs.items() if p != pid and descends(p, pid)
         and any(filename == python for _, filename in found)), None)
    if interpreter is None or interpreter not in exits:
        continue
    py_exec = [at for at, filename in execs[interpreter] if filename == python][0]
    row = phases[name]
    if name != "bare python":
        if pid in clones:
            row["exec to clone"].append(clones[pid] - start)
            row["clone to the interpreter's exec"].append(py_exec - clones[pid])
        row["exec to the interpreter's exec"].append(py_exec - start)
    row["the interpreter (exec to exit)"].append(exits[interpreter] - py_exec)
    if name != "bare python":
        row["its exit to the supervisor's exit"].append(exits[pid] - exits[interpreter])
    row["total"].append(exits[pid] - start)
    ready = [at for thread, at in threads_ended["netns"] if descends(thread, pid)]
    if ready:
        row["network namespace ready (since exec)"].append(ready[0] - start)

def median(samples):
    return statistics.median(samples) if samples else float("nan")

print(f"{runs} interleaved rounds (`python3 -I -S -c pass`, {python}); load before: {os.getloadavg()[0]:.2f}")
for name in commands:
    print(f"  {name}")
    for phase, samples in phases[name].items():
        q = statistics.quantiles(samples, n=4) if len(samples) > 1 else [samples[0]] * 3
        versus = ""
        if name in ("pyjail", "baseline") and phase in phases["floor"]:
            versus = f"   {median(samples) - median(phases['floor'][phase]):+.3f} vs the floor"
        print(f"    {phase:40} {median(samples):7.3f}  ({q[0]:.3f}-{q[2]:.3f}, n={len(samples)}){versus}")
PY
