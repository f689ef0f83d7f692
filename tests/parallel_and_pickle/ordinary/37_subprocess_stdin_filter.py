"""Pipe text through a child Python filter with communicate()."""
import subprocess
import sys

FILTER = "import sys\nfor line in sys.stdin:\n    print(line.rstrip()[::-1].upper())\n"

if __name__ == "__main__":
    proc = subprocess.Popen([sys.executable, "-c", FILTER],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate("stressed\ndrawer\nlevel\n", timeout=10)
    print(out, end="")
    print("filter exit:", proc.returncode)
