# Attack: never finish.
# A broken jail (no wall-clock timeout) would let this hold its slot, its memory and pyjail
# forever; only the outer test bound would end it. "defiant" ignores every catchable signal,
# "stopped" stops itself with SIGSTOP (a timeout that waits for the process to react to a
# polite signal, or that only watches for exits, never fires).
# Usage: sleep_forever.py MARKER [plain|defiant|stopped]
import json
import os
import signal
import sys
import time

mode = sys.argv[2] if len(sys.argv) > 2 else "plain"
if mode == "defiant":
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1,
                signal.SIGUSR2, signal.SIGALRM, signal.SIGXCPU, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_IGN)
print(json.dumps({"ev": "start"}), flush=True)
print("READY", flush=True)
if mode == "stopped":
    os.kill(os.getpid(), signal.SIGSTOP)
while True:
    time.sleep(3600)
