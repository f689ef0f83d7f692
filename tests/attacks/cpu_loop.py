# Attack: spin forever.
# A broken jail (no CPU limit, no timeout) would let this burn a core until the outer test
# bound kills it.
# Usage: cpu_loop.py MARKER
import json

print(json.dumps({"ev": "start"}), flush=True)
while True:
    pass
