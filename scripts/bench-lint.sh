#!/usr/bin/env bash
# Benchmark of `pyjail lint` (a benchmark, not a test):
#  1. the installed CPython standard library (site-packages excluded), linted by pyjail and by
#     `ruff check --no-cache --select S` in the same run, same files: both wall times and the
#     ratio (target: pyjail no slower than ruff), and the peak memory (RSS) of each;
#  2. one 1,000-line file, process start included (target: 5 ms at most).
# Needs: a release build (made here), ruff (pip), hyperfine and GNU time (apt); installs what
# is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
command -v hyperfine >/dev/null && [ -x /usr/bin/time ] || {
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine time >/dev/null
}
command -v ruff >/dev/null || python3 -m pip install --quiet ruff

pyjail=$(scripts/release-binary)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
find "$stdlib" -name '*.py' -not -path '*/site-packages/*' | sort > "$work/files"
files=$(wc -l < "$work/files")
lines=$(xargs cat < "$work/files" | wc -l)

# Both tools get the same explicit file list; findings and unparsable test data do not matter
# here (-i: ignore exit codes).
hyperfine --style basic --warmup 1 --runs "$runs" -i --export-json "$work/stdlib.json" \
    -n pyjail "xargs $pyjail lint --format concise < $work/files > /dev/null 2>&1" \
    -n ruff "xargs ruff check --no-cache --select S --quiet < $work/files > /dev/null 2>&1" >&2

# Peak memory: the largest RSS of the one process each tool runs (xargs passes every file
# at once: the list fits one command line).
peak() { /usr/bin/time -f %M "$@" < "$work/files" > /dev/null 2> "$work/time" || true; tail -n 1 "$work/time"; }
pyjail_kb=$(peak xargs "$pyjail" lint --format concise)
ruff_kb=$(peak xargs ruff check --no-cache --select S --quiet)

# A 1,000-line file of ordinary code: the first top-level statements of argparse.py that
# end before line 1,000, padded with comments.
python3 - "$stdlib/argparse.py" "$work/thousand.py" <<'PY'
import ast, sys
source = open(sys.argv[1], encoding="utf-8").read()
lines = source.splitlines()
end = max(node.end_lineno for node in ast.parse(source).body if node.end_lineno <= 1000)
kept = lines[:end] + ["# padding"] * (1000 - end)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(kept) + "\n")
PY
hyperfine --style basic -N --warmup 5 --runs 50 -i --export-json "$work/single.json" \
    -n single "$pyjail lint --format concise $work/thousand.py" >&2

python3 - "$work/stdlib.json" "$work/single.json" "$files" "$lines" "$pyjail_kb" "$ruff_kb" <<'PY'
import json, sys
stdlib = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
single = json.load(open(sys.argv[2]))["results"][0]
files, lines = sys.argv[3], int(sys.argv[4])
pyjail_kb, ruff_kb = int(sys.argv[5]), int(sys.argv[6])
pyjail, ruff = stdlib["pyjail"]["mean"], stdlib["ruff"]["mean"]
print(f"CPython stdlib: {files} files, {lines:,} lines")
print(f"  pyjail lint                     {pyjail:7.3f} s  (± {stdlib['pyjail']['stddev']:.3f})")
print(f"  ruff check --no-cache --select S {ruff:7.3f} s  (± {stdlib['ruff']['stddev']:.3f})")
print(f"  ratio pyjail / ruff             {pyjail / ruff:7.2f}  (target <= 1.0)")
print(f"  peak memory: pyjail {pyjail_kb / 1024:.0f} MiB, ruff {ruff_kb / 1024:.0f} MiB")
print(f"1,000-line file, process start included: {single['mean'] * 1000:.1f} ms "
      f"(median {single['median'] * 1000:.1f} ms, min {single['min'] * 1000:.1f} ms; target <= 5 ms)")
PY
