"""Keep only the newest five log files in ./logs."""
import os

LOG_DIR = "logs"
KEEP = 5

entries = [os.path.join(LOG_DIR, n) for n in os.listdir(LOG_DIR) if n.endswith(".log")]
entries.sort(key=os.path.getmtime, reverse=True)
for stale in entries[KEEP:]:
    os.remove(stale)
    print("removed", stale)
