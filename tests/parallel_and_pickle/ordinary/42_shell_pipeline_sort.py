# debatable: runs a shell script (sort | uniq -c) that it wrote itself, which starts several processes
"""Count log levels with a classic sort | uniq -c pipeline in a generated shell script."""
import os
import subprocess
import tempfile

LOG = """INFO start
WARN disk 80%
INFO tick
ERROR timeout
INFO tick
WARN disk 85%
INFO stop
"""

SCRIPT = "cut -d' ' -f1 \"$1\" | sort | uniq -c | sort -rn\n"

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "app.log")
        with open(log, "w") as fh:
            fh.write(LOG)
        script = os.path.join(tmp, "levels.sh")
        with open(script, "w") as fh:
            fh.write(SCRIPT)
        out = subprocess.run(["sh", script, log], capture_output=True, text=True, timeout=10)
        for line in out.stdout.splitlines():
            count, level = line.split()
            print(f"{level:<6}{count}")
