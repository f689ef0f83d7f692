# debatable: writes a POSIX shell script to a temp dir and runs it with `sh` (starts a shell, though only on its own constant script)
"""Write a small shell script that summarises a data file, then run it with sh."""
import os
import subprocess
import tempfile

SCRIPT = """\
set -e
file="$1"
lines=$(wc -l < "$file")
echo "lines: $lines"
echo "first: $(head -n 1 "$file")"
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "data.txt")
        with open(data, "w") as fh:
            fh.write("\n".join(f"row {i}" for i in range(7)) + "\n")
        script = os.path.join(tmp, "summarise.sh")
        with open(script, "w") as fh:
            fh.write(SCRIPT)
        res = subprocess.run(["sh", script, data], capture_output=True, text=True, timeout=10)
        print(res.stdout.strip())
        print("exit:", res.returncode)
