"""Stream a child's progress lines as they arrive (like a notebook cell watching a job)."""
import subprocess
import sys

CHILD = """
import time
for step in range(1, 6):
    print(f"step {step}/5", flush=True)
    time.sleep(0.05)
print("done", flush=True)
"""

if __name__ == "__main__":
    with subprocess.Popen([sys.executable, "-u", "-c", CHILD], stdout=subprocess.PIPE,
                          text=True, bufsize=1) as proc:
        seen = 0
        for line in proc.stdout:
            seen += 1
            print("[child]", line.rstrip())
    print("lines:", seen, "exit:", proc.returncode)
