# Attack: flood every descriptor pyjail left open besides stdout and stderr (a telemetry or
# control channel) with one endless line of garbage.
# A supervisor that buffers such a channel until it sees a newline, or parses records without
# a size cap, would grow its memory without bound (or crash). Descriptors 0-2 are left alone
# (the output cap is tested elsewhere).
# Usage: side_channel_flood.py MARKER [BYTES_PER_FD]
import json
import os
import sys

total = int(sys.argv[2]) if len(sys.argv) > 2 else 256 << 20
emit = lambda **r: print(json.dumps(r), flush=True)  # noqa: E731
emit(ev="start")
fds = sorted(int(f) for f in os.listdir("/proc/self/fd"))
chunk = b"{\"x\": \"" + b"A" * (1 << 20)
for fd in fds:
    if fd < 3:
        continue
    written = 0
    try:
        os.set_blocking(fd, True)
        while written < total:
            written += os.write(fd, chunk)
        emit(ev="flooded", fd=fd, bytes=written)
    except OSError as e:
        emit(ev="flooded", fd=fd, bytes=written, errno=e.errno)
emit(ev="done", fds=fds)
