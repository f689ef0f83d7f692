# Attack: leave processes running after the main program has gone.
# A broken jail (no pid namespace, or one that is not torn down with the main process) would
# let a double-forked orphan and a setsid daemon - both ignoring SIGTERM and SIGHUP - keep
# running on the host after pyjail returns, writing a heartbeat (to stdout, and to a host file
# if they can reach it) for up to LIFETIME seconds.
# Usage: daemons.py MARKER HEX_HOST_HEARTBEAT_PATH [LIFETIME]
import ctypes
import json
import os
import signal
import sys
import time


def become_daemon(marker, heartbeat_path, lifetime, kind):
    os.setsid()
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, signal.SIG_IGN)
    try:
        ctypes.CDLL(None).prctl(15, marker.encode()[:15], 0, 0, 0)  # PR_SET_NAME
    except Exception:  # noqa: BLE001
        pass
    deadline = time.monotonic() + lifetime
    while time.monotonic() < deadline:
        beat = f"HEARTBEAT {kind} {os.getpid()} {time.time():.2f}\n"
        for write in (lambda: os.write(1, beat.encode()),
                      lambda: open(heartbeat_path, "a").write(beat)):
            try:
                write()
            except OSError:
                pass
        time.sleep(0.1)
    os._exit(0)


def main():
    marker = sys.argv[1]
    heartbeat_path = bytes.fromhex(sys.argv[2]).decode()
    lifetime = float(sys.argv[3]) if len(sys.argv) > 3 else 60.0
    print(json.dumps({"ev": "start"}), flush=True)
    # Double fork: the grandchild is orphaned at once.
    child = os.fork()
    if child == 0:
        if os.fork() == 0:
            become_daemon(marker, heartbeat_path, lifetime, "orphan")
        os._exit(0)
    os.waitpid(child, 0)
    # A plain setsid daemon, left behind by the main process.
    if os.fork() == 0:
        become_daemon(marker, heartbeat_path, lifetime, "setsid")
    time.sleep(0.5)
    print(json.dumps({"ev": "done"}), flush=True)
    print("READY", flush=True)


main()
