#!/usr/bin/env bash
# Start-up cost of the jail: `python3 -I -S -c pass` bare, inside bubblewrap
# with an equivalent strict jail (namespaces, the same kind of read-only root,
# no capabilities; then again with pyjail's own seccomp program, which bwrap
# can load: Landlock, cgroups and rlimits it has not), and inside `pyjail run`
# (release build; as users run it, with the audit prelude's telemetry, and
# with --no-telemetry), and, with a C compiler, the floor of any jail of this
# shape (scripts/bench/floor-jail.c: its namespaces and read-only root, no
# other layer), timed in one interleaved run (so drift hits all alike; each round
# in a new order, so that no command always follows the same one);
# prints medians and overheads, and the median of each run's difference to
# the bare run of the same round. Then pyjail's own peak RSS while the program floods
# 1 GiB of output. Needs root (bwrap and pyjail map a jail user) and
# bubblewrap; installs it when missing. BASELINE=/path/to/another/pyjail
# times that binary too, in the same rounds (before/after comparisons).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-200}"

command -v bwrap >/dev/null || { apt-get update -qq && apt-get install -y -qq bubblewrap >/dev/null; }
built=$(scripts/release-binary)
work=$(mktemp -d)
trap 'rm -rf "$work" ${cache:+"$cache"}' EXIT
# Timed as installed (`cargo install` copies the binary): the file the linker
# wrote starts measurably slower here (~0.2-0.4 ms more page faults on its
# text, same bytes), which is not what users run.
pyjail="$work/pyjail"
cp "$built" "$pyjail"
baseline=""
if [ -n "${BASELINE:-}" ]; then
    baseline="$work/baseline"
    cp "$BASELINE" "$baseline"
fi

# The real ELF and prefix (python3 on PATH may be a pyenv shim script);
# PYTHON=/usr/bin/python3 picks another interpreter.
read -r python prefix < <("${PYTHON:-python3}" -I -S -c 'import os, sys; print(os.path.realpath(sys.executable), sys.base_prefix)')
"$pyjail" run --python "$python" -c pass  # warm the interpreter-probe and prelude caches
[ -z "$baseline" ] || "$baseline" run --python "$python" -c pass

# Another variant when an unprivileged user can run this interpreter: pyjail
# as that user, without a cgroup (rlimits instead).
unprivileged=()
if [ "$(id -u)" = 0 ] && id pyjail-test >/dev/null 2>&1 \
    && setpriv --reuid=pyjail-test --regid=pyjail-test --clear-groups test -x "$python"; then
    cache=$(mktemp -d) && chown pyjail-test "$cache"
    cp "$pyjail" "$cache/pyjail-bin" && chmod 755 "$cache" "$cache/pyjail-bin"
    unprivileged=(setpriv --reuid=pyjail-test --regid=pyjail-test --clear-groups
        env XDG_CACHE_HOME="$cache" "$cache/pyjail-bin" run --no-telemetry --allow-degraded cgroup --python "$python" -c pass)
    "${unprivileged[@]}"
fi

cargo run --release --quiet -p pyjail-jail --example seccomp_bpf -- strict "$work/strict.bpf"

bwrap_strict=(bwrap --unshare-all --unshare-user --uid 1000 --gid 1000 --die-with-parent --new-session
    --ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/sbin /sbin --symlink usr/lib /lib
    --symlink usr/lib64 /lib64 --ro-bind /etc/ld.so.cache /etc/ld.so.cache --ro-bind "$prefix" "$prefix"
    --proc /proc --dev /dev --tmpfs /tmp --tmpfs /work --chdir /work --clearenv
    --setenv PATH /usr/bin:/bin --cap-drop ALL)

# The floor of any jail of this shape, when a C compiler is at hand: the same
# namespaces and a read-only root, nothing else (scripts/bench/floor-jail.c).
floor=()
if command -v cc >/dev/null && cc -O2 -static -o "$work/floor-jail" scripts/bench/floor-jail.c 2>/dev/null; then
    mkdir "$work/floor-root"
    floor=("$work/floor-jail" "$work/floor-root" "$prefix")
fi

python3 - "$runs" "$python" "$pyjail" "$baseline" "$work/strict.bpf" "${#bwrap_strict[@]}" "${bwrap_strict[@]}" \
    "${#floor[@]}" "${floor[@]}" "${unprivileged[@]}" <<'PY'
import os, random, statistics, sys, time
runs, python, pyjail, baseline, bpf, nbwrap = (int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4],
                                              sys.argv[5], int(sys.argv[6]))
bwrap, rest = sys.argv[7:7 + nbwrap], sys.argv[7 + nbwrap:]
floor, unprivileged = rest[1:1 + int(rest[0])], rest[1 + int(rest[0]):]
program = [python, "-I", "-S", "-c", "pass"]
seccomp_fd = [(os.POSIX_SPAWN_OPEN, 10, bpf, os.O_RDONLY, 0)]
commands = {  # name: (argv, extra file actions)
    "bare": (program, []),
    "bwrap": (bwrap + program, []),
    "bwrap + pyjail's seccomp program": (bwrap + ["--seccomp", "10"] + program, seccomp_fd),
    "pyjail (default: telemetry on)": ([pyjail, "run", "--python", python, "-c", "pass"], []),
    "pyjail --no-telemetry": ([pyjail, "run", "--no-telemetry", "--python", python, "-c", "pass"], []),
}
if floor:
    commands["floor: namespaces + read-only root"] = (floor + program, [])
if baseline:
    commands["baseline (telemetry on)"] = ([baseline, "run", "--python", python, "-c", "pass"], [])
    commands["baseline --no-telemetry"] = ([baseline, "run", "--no-telemetry", "--python", python, "-c", "pass"], [])
if unprivileged:
    commands["pyjail, unprivileged, no cgroup"] = (unprivileged, [])
devnull = os.open(os.devnull, os.O_RDWR)
def once(argv, actions):
    start = time.perf_counter()
    pid = os.posix_spawnp(argv[0], argv, os.environ,
                          file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)] + actions)
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - start
    assert status == 0, (argv, status)
    return elapsed * 1000
times = {name: [] for name in commands}
# Each round in a new order: what runs just before matters (a pyjail run right after
# another finds the binary's code in the caches, ~0.3 ms sooner here), so no command
# may always follow the same one. Seeded: the same orders in every run of the script.
order = random.Random(15)
for i in range(runs):
    names = list(commands)
    order.shuffle(names)
    for name in names:
        times[name].append(once(*commands[name]))
bare = statistics.median(times["bare"])
print(f"{runs} interleaved runs of `python3 -I -S -c pass` ({python}); load before: {os.getloadavg()[0]:.2f}")
for name, samples in times.items():
    median = statistics.median(samples)
    paired = statistics.median(s - b for s, b in zip(samples, times["bare"]))
    extra = "" if name == "bare" else f"  overhead {median - bare:+.2f} ms (paired {paired:+.2f})"
    print(f"  {name:35} median {median:6.2f} ms  (p10 {statistics.quantiles(samples, n=10)[0]:.2f}, p90 {statistics.quantiles(samples, n=10)[-1]:.2f}){extra}")
PY

# pyjail's own peak RSS (VmHWM of the supervisor process) while the jailed
# program writes 1 GiB to stdout (capped at 1 MiB, the rest discarded).
python3 - "$pyjail" <<'PY'
import os, subprocess, sys, time
flood = "import sys\nb = b'x' * (1 << 20)\nw = sys.stdout.buffer.write\nfor _ in range(1024): w(b)\n"
start = time.perf_counter()
proc = subprocess.Popen([sys.argv[1], "run", "--no-telemetry", "--timeout", "60s", "--cpu", "30s", "-c", flood],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
peak = 0
while proc.poll() is None:
    try:
        with open(f"/proc/{proc.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    except FileNotFoundError:
        break
    time.sleep(0.005)
print(f"1 GiB output flood: pyjail peak RSS {peak / 1024:.1f} MiB, {time.perf_counter() - start:.2f} s, exit {proc.returncode}")
PY
