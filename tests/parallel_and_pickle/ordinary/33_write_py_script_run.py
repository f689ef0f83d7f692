"""Generate a small Python script into a temporary directory and run it with the same interpreter."""
import os
import subprocess
import sys
import tempfile

SCRIPT = '''\
import statistics, sys
data = [float(x) for x in sys.argv[1:]]
print(f"n={len(data)} mean={statistics.mean(data):.2f} stdev={statistics.stdev(data):.2f}")
'''

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "summary.py")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(SCRIPT)
        result = subprocess.run([sys.executable, path, "3", "5", "8", "13", "21"],
                                capture_output=True, text=True, timeout=10, check=True)
        print("child said:", result.stdout.strip())
        print("return code:", result.returncode)
