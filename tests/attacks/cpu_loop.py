# Attack: spin forever.
# A broken jail (no CPU limit, no timeout) would let this burn a core until the outer test
# bound kills it. In "defiant" mode it first raises its soft CPU limit to the hard one and
# ignores SIGXCPU (the soft limit's warning) and SIGTERM, so only a hard kill stops it.
# Usage: cpu_loop.py MARKER [plain|defiant]
import json
import resource
import signal
import sys

if len(sys.argv) > 2 and sys.argv[2] == "defiant":
    for sig in (signal.SIGXCPU, signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
    except (OSError, ValueError):
        pass
print(json.dumps({"ev": "start"}), flush=True)
while True:
    pass
