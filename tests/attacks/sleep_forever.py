# Attack: never finish.
# A broken jail (no wall-clock timeout) would let this hold its slot, its memory and pyjail
# forever; only the outer test bound would end it.
# Usage: sleep_forever.py MARKER
import json
import time

print(json.dumps({"ev": "start"}), flush=True)
print("READY", flush=True)
while True:
    time.sleep(3600)
