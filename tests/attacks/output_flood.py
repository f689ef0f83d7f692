# Attack: flood the supervisor with output.
# A broken jail (no output cap, or a supervisor that buffers what it reads) would pass all
# TOTAL bytes (1 GiB by default) to the caller, or grow pyjail's memory by that much.
# Usage: output_flood.py MARKER [stdout|stderr] [TOTAL_BYTES] [newlines|raw]
import json
import sys


def main():
    stream = sys.argv[2] if len(sys.argv) > 2 else "stdout"
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 1 << 30
    style = sys.argv[4] if len(sys.argv) > 4 else "raw"
    out = (sys.stdout if stream == "stdout" else sys.stderr).buffer
    line = b"A" * 1023 + b"\n"
    chunk = (line if style == "newlines" else b"A" * 1024) * 1024  # 1 MiB
    written = 0
    try:
        while written < total:
            out.write(chunk)
            written += len(chunk)
        out.flush()
    except (BrokenPipeError, OSError):
        pass
    print(json.dumps({"ev": "flood-done", "written": written}), file=sys.stderr, flush=True)


main()
