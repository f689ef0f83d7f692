#!/usr/bin/env bash
# Cost of the audit prelude (jail/src/prelude), figures next to their anchors:
#  1. start-up added over `python3 -I -S -c pass` (target: at most 2.5 ms; a
#     naive prelude, compiled at every start, costs 4-7 ms), with hyperfine;
#  2. filtering: the hook installed, events counted but not written, against
#     no hook at all (target: under 2% on the event-dense workload below), and
#     the per-event costs that explain it; timed inside the process, so
#     start-up does not blur it;
#  3. with INSTRUCTIONS=1 (or =only, without 1 and 2), start-up and the same
#     ratios in instructions of the workload loops (callgrind): repeatable on a
#     busy machine.
# BASELINE=REV adds the prelude of git revision REV, compiled the same way, to
# the start-up rounds (interleaved with this one) and to the instruction counts.
# Usage: [INSTRUCTIONS=1|only] [STARTUP=0] [ROUNDS=25] [BASELINE=REV] scripts/bench-prelude.sh [PYTHON]
#   (default PYTHON: the ELF behind python3; STARTUP=0 skips 1; ROUNDS: of 2)
set -euo pipefail
cd "$(dirname "$0")/.."

python=${1:-$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')}
instructions=${INSTRUCTIONS:-}
for tool in hyperfine ${instructions:+valgrind}; do
    command -v "$tool" >/dev/null || {
        echo "needs $tool: apt-get install -y $tool" >&2
        exit 2
    }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
baseline=${BASELINE:-}
if [ -n "$baseline" ]; then
    git show "$baseline:jail/src/prelude/audit_prelude.py" >"$work/baseline-source.py"
fi
cargo run -q --release -p pyjail-jail --example prelude_files -- "$work" "$python" \
    ${baseline:+"$work/baseline-source.py"}
: >"$work/empty.py"

# Every run below gets a telemetry pipe on fd 3, drained, as in the jail.
exec 3> >(cat >/dev/null)

if [ "$instructions" != only ] && [ "${STARTUP:-1}" != 0 ]; then
echo "== start-up ($python; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
# Five rounds of all four commands, so a change of machine load hits them all;
# the figure is the median over rounds of each command's added median.
# With BASELINE, its image runs in the same rounds.
for round in 1 2 3 4 5; do
    hyperfine -N --warmup 20 --runs 80 --export-json "$work/startup-$round.json" --style none \
        -n "anchor: python -I -S -c pass" "$python -I -S -c pass" \
        -n "python -I -S empty.py" "$python -I -S $work/empty.py" \
        -n "prelude image (mounted by the jail)" "$python -I -S $work/prelude-image.py $work/empty.py" \
        -n "prelude source (naive: compiled each start)" "$python -I -S $work/prelude-source.py $work/empty.py" \
        ${baseline:+-n "prelude image of $baseline"} \
        ${baseline:+"$python -I -S $work/baseline-image.py $work/empty.py"} \
        >/dev/null
done
"$python" - "$work" <<'PY'
import json, statistics, sys
rounds = [json.load(open("%s/startup-%d.json" % (sys.argv[1], r)))["results"] for r in range(1, 6)]
def added(i, of):
    return [of(r[i]) - of(r[0]) for r in rounds]
wall = lambda result: result["median"] * 1000
cpu = lambda result: (result["user"] + result["system"]) * 1000
print("%-46s %10s %11s %11s   %s" % ("", "median", "added", "added CPU", "added per round"))
for i, first in enumerate(rounds[0]):
    print("%-46s %8.2fms %+9.2fms %+9.2fms   %s" % (
        first["command"], statistics.median(wall(r[i]) for r in rounds),
        statistics.median(added(i, wall)), statistics.median(added(i, cpu)),
        " ".join("%+.2f" % a for a in added(i, wall))))
print("prelude start-up added: %.2f ms wall, %.2f ms CPU (target <= 2.5 ms; naive prelude 4-7 ms)"
      % (statistics.median(added(2, wall)), statistics.median(added(2, cpu))))
if len(rounds[0]) > 4:
    against = lambda of: [of(r[2]) - of(r[4]) for r in rounds]
    print("this prelude against the baseline's: %+.3f ms wall, %+.3f ms CPU (per round: %s)" % (
        statistics.median(against(wall)), statistics.median(against(cpu)),
        " ".join("%+.3f" % a for a in against(wall))))
PY
fi

# Workloads, each timing its own loop in CPU time (steadier than wall time on
# a shared machine) and printing (seconds, audit events):
# - event-dense: a program that processes its input files: open and parse a
#   4 KB JSON document, look its records up by id(), list the directory every
#   eighth file; about 2 audit events per document, all past their sample
#   budget or count-only, so the hook filters and writes nothing;
# - extreme: three events (open, os.listdir, id) per 34 us iteration;
# - worst cases: a bare id() loop and a bare sys.audit() loop;
# - always-logged: os.kill(pid, 0), every call a record with its line.
# BENCH_SCALE scales the loops (instruction counts subtract a run with 0).
mkdir -p "$work/data"
"$python" - "$work/data" <<'PY'
import json, sys
for i in range(16):
    records = [{"id": i * 100 + j, "name": "item-%d" % j, "tags": ["a", "b", "c"][: j % 4],
                "score": j * 1.5} for j in range(40)]
    with open("%s/%02d.json" % (sys.argv[1], i), "w") as f:
        json.dump({"file": i, "records": records}, f)
PY
cat >"$work/dense.py" <<'PY'
import json, os, sys, time
data = sys.argv[1]
names = sorted(os.listdir(data))
index, total = {}, 0.0
loops = int(3000 * float(os.environ.get("BENCH_SCALE", 1)))
start = time.process_time()
for i in range(loops):
    with open(os.path.join(data, names[i % len(names)])) as f:
        document = json.load(f)
    records = document["records"]
    index[id(records)] = len(records)
    total += sum(r["score"] for r in records if "b" in r["tags"])
    if i % 8 == 0:
        names = sorted(os.listdir(data))
print(time.process_time() - start, loops * 2 + (loops + 7) // 8)
PY
cat >"$work/extreme.py" <<'PY'
import json, os, re, sys, time
data = sys.argv[1]
names = sorted(os.listdir(data))
seen = {}
loops = int(4000 * float(os.environ.get("BENCH_SCALE", 1)))
start = time.process_time()
for i in range(loops):
    with open(os.path.join(data, names[i % len(names)])) as f:
        text = f.read(300)
    listing = os.listdir(data)
    words = re.findall(r"[a-z]+", text * 3)
    ranked = sorted(set(words), key=lambda w: (-words.count(w), w))
    seen[id(text)] = ranked[0] + str(len(listing))
print(time.process_time() - start, 3 * loops)
PY
cat >"$work/ids.py" <<'PY'
import os, time
loops = int(1_000_000 * float(os.environ.get("BENCH_SCALE", 1)))
start = time.process_time()
for i in range(loops):
    id(i)
print(time.process_time() - start, loops)
PY
cat >"$work/sampled.py" <<'PY'
import os, sys, time
audit = sys.audit
loops = int(500_000 * float(os.environ.get("BENCH_SCALE", 1)))
start = time.process_time()
for i in range(loops):
    audit("bench.filtered", i)
print(time.process_time() - start, loops)
PY
cat >"$work/always.py" <<'PY'
import os, time
pid = os.getpid()
loops = int(5_000 * float(os.environ.get("BENCH_SCALE", 1)))
start = time.process_time()
for i in range(loops):
    os.kill(pid, 0)
print(time.process_time() - start, loops)
PY
# The floor: what CPython charges for calling any Python audit hook.
cat >"$work/empty-hook.py" <<'PY'
import sys
sys.addaudithook(lambda event, args: None)
path = sys.argv[1]
sys.argv = sys.argv[1:]
with open(path, "rb") as f:
    code = compile(f.read(), path, "exec")
exec(code, {"__name__": "__main__"})
PY

if [ "$instructions" != only ]; then
echo
echo "== filtering and recording (${ROUNDS:-25} rounds, CPU time of the loop inside the process; medians of per-round ratios)"
"$python" - "$python" "$work" "${ROUNDS:-25}" <<'PY'
import statistics, subprocess, sys
python, work, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
def timed(args):
    out = subprocess.run([python, "-I", "-S"] + args, capture_output=True, text=True,
                         pass_fds=(3,), check=True).stdout.split()
    return float(out[0]), int(out[1])
def quartiles(ratios):
    q = statistics.quantiles(ratios, n=4)
    return "%+.1f..%+.1f%%" % (q[0] * 100, q[2] * 100)
cases = [
    ("event-dense: processing input files", "dense.py", [work + "/data"]),
    ("extreme: 3 events per 34 us", "extreme.py", [work + "/data"]),
    ("worst case: id() loop (count-only)", "ids.py", []),
    ("worst case: sys.audit loop (sampled)", "sampled.py", []),
    ("always-logged: os.kill(pid, 0)", "always.py", []),
]
print("%-38s %9s %9s %10s %10s %15s %10s" % ("", "events/s", "no hook", "empty hook", "prelude",
                                             "prelude IQR", "per event"))
for label, script, extra in cases:
    runs = {"none": [script], "empty": ["empty-hook.py", script], "prelude": ["prelude-image.py", script]}
    times = {name: [] for name in runs}
    for round in range(rounds):
        # The order rotates, so that no variant always runs first (or last).
        names = list(runs)[round % 3:] + list(runs)[:round % 3]
        for name in names:
            seconds, events = timed([work + "/" + f for f in runs[name]] + extra)
            times[name].append(seconds)
    base = times["none"]
    empty = [(e - p) / p for e, p in zip(times["empty"], base)]
    prelude = [(h - p) / p for h, p in zip(times["prelude"], base)]
    p, e, h = statistics.median(base), statistics.median(empty), statistics.median(prelude)
    print("%-38s %9.0f %7.1fms %+9.1f%% %+9.1f%% %15s %8.0f ns" % (
        label, events / p, p * 1000, e * 100, h * 100, quartiles(prelude), h * p / events * 1e9))
print("target: filtering overhead under 2% on the event-dense workload")
PY
fi

[ -n "$instructions" ] || exit 0
echo
echo "== in instructions (callgrind): start-up, and the loops (a run minus a run with BENCH_SCALE=0)"
"$python" - "$python" "$work" "$(command -v valgrind)" <<'PY'
import os, re, subprocess, sys
python, work, valgrind = sys.argv[1:]
def instructions(args, scale):
    # -s -S, not -I: -I ignores PYTHONHASHSEED, and a fixed seed makes the
    # counts repeatable (dict layouts depend on it); the environment is empty.
    err = subprocess.run([valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          python, "-s", "-S"] + args, capture_output=True, text=True,
                         env={"PYTHONHASHSEED": "0", "BENCH_SCALE": str(scale)},
                         pass_fds=(3,), check=True).stderr
    return int(re.search(r"Collected : (\d+)", err).group(1))
def loop(args, scale):
    return instructions(args, scale) - instructions(args, 0)
# glibc's heap layout when the loop starts (even the length of $work's name)
# moves `extreme` between about +2.1% and +3.9% (its large strings take slower
# malloc paths); event-dense stays within 0.05 points.
cases = [  # (label, script, arguments, scale, events in the scaled loop)
    ("event-dense: processing input files", "dense.py", [work + "/data"], 1, 6375),
    ("extreme: 3 events per 34 us", "extreme.py", [work + "/data"], 1, 12_000),
    ("worst case: id() loop (count-only)", "ids.py", [], 0.05, 50_000),
    ("worst case: sys.audit loop (sampled)", "sampled.py", [], 0.1, 50_000),
    ("always-logged: os.kill(pid, 0)", "always.py", [], 0.2, 1_000),
]
baseline = os.path.exists(work + "/baseline-image.py")
# Start-up: the whole process, each prelude on an empty program, against the anchor.
anchor = instructions(["-c", "pass"], 0)
for name in ["prelude-image.py"] + (["baseline-image.py"] if baseline else []):
    total = instructions([work + "/" + name, work + "/empty.py"], 0)
    print("start-up, %-28s %12d instructions, %+10d over python -c pass" % (
        name[:-3], total, total - anchor))
print()
print("%-38s %14s %10s %10s %10s%s" % ("", "no hook", "empty hook", "prelude", "per event",
                                       " %10s %10s" % ("baseline", "per event") if baseline else ""))
for label, script, extra, scale, events in cases:
    args = [work + "/" + script] + extra
    base = loop(args, scale)
    empty = loop([work + "/empty-hook.py"] + args, scale)
    prelude = loop([work + "/prelude-image.py"] + args, scale)
    line = "%-38s %14d %+9.2f%% %+9.2f%% %10d" % (
        label, base, (empty - base) / base * 100, (prelude - base) / base * 100,
        (prelude - base) // events)
    if baseline:
        old = loop([work + "/baseline-image.py"] + args, scale)
        line += " %+9.2f%% %10d" % ((old - base) / base * 100, (old - base) // events)
    print(line)
print("target: under 2% on the event-dense workload; per event: the prelude's instructions")
PY
