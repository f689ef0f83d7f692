#!/usr/bin/env bash
# What the kernel's record of watched calls (program starts, writes) costs:
# two pyjail binaries, OLD and NEW, timed interleaved (so drift hits both
# alike) on `-c pass` (the cold path: the interpreter's own start is a
# notification round trip now) and on a program that writes 10,000 small
# files in /work (each open for writing is one). Prints medians and the
# median of each round's difference. Run it under `flock /work/bench.lock`.
#   scripts/bench-watched.sh OLD NEW   (RUNS=100, FILES_RUNS=10)
set -euo pipefail
old="$1" new="$2"
runs="${RUNS:-100}"
files_runs="${FILES_RUNS:-10}"
read -r python < <("${PYTHON:-python3}" -I -S -c 'import os, sys; print(os.path.realpath(sys.executable))')
for bin in "$old" "$new"; do "$bin" run --python "$python" -c pass; done  # warm the caches
python3 - "$runs" "$files_runs" "$python" "$old" "$new" <<'PY'
import statistics, subprocess, sys, time
runs, files_runs, python, old, new = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
writer = (
    "import os\n"
    "for i in range(10000):\n"
    "    with open(f'/work/f{i}', 'w') as f:\n"
    "        f.write('x')\n"
)
cases = {
    "cold -c pass": (["-c", "pass"], runs),
    "10,000 files in /work": (["--timeout", "120s", "-c", writer], files_runs),
}
for name, (args, n) in cases.items():
    times = {old: [], new: []}
    for _ in range(n):
        for binary in (old, new):
            start = time.perf_counter()
            subprocess.run([binary, "run", "--python", python, *args], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[binary].append((time.perf_counter() - start) * 1000)
    a, b = statistics.median(times[old]), statistics.median(times[new])
    diff = statistics.median(y - x for x, y in zip(times[old], times[new]))
    print(f"{name}: old {a:.2f} ms, new {b:.2f} ms (median of {n}); "
          f"median per-round difference {diff:+.2f} ms ({diff / a * 100:+.1f}%)")
PY
