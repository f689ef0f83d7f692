# Attack: fill the disk.
# A broken jail (writable host directories, or no size cap on /tmp or the working directory,
# or no file-size limit) would let this write up to its own cap (1 GiB by default) and report
# it all written, or in "one-file" mode grow a single file past the file-size limit.
# Usage: disk_fill.py MARKER DIR [many-files|one-file] [CAP_MIB]
#   many-files: ignores SIGXFSZ, writes 1 MiB files until an error; prints bytes and errno.
#   one-file:   raises its file-size soft limit as far as the hard one allows, keeps SIGXFSZ's
#               default action and appends to one file (the jail should stop it at the limit).
import json
import os
import resource
import signal
import sys


def emit(**record):
    print(json.dumps(record), flush=True)


def main():
    directory = sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else "many-files"
    cap = (int(sys.argv[4]) if len(sys.argv) > 4 else 1024) << 20
    block = b"\x03" * (1 << 20)
    written, errno = 0, None
    emit(ev="start", mode=mode)
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError as e:
        emit(ev="filled", bytes=0, errno=e.errno)
        emit(ev="done")
        return
    if mode == "many-files":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        try:
            while written < cap:
                with open(os.path.join(directory, f"fill-{written >> 20}"), "wb") as f:
                    f.write(block)
                written += len(block)
        except OSError as e:
            errno = e.errno
    else:
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        try:
            resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        except (OSError, ValueError):
            pass
        try:
            with open(os.path.join(directory, "fill-one"), "wb", buffering=0) as f:
                while written < cap:
                    f.write(block)
                    written += len(block)
        except OSError as e:
            errno = e.errno
    emit(ev="filled", bytes=written, errno=errno)
    emit(ev="done")


main()
