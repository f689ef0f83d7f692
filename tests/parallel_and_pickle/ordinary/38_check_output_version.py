"""Ask the interpreter for its version via check_output and compare with sys.version_info."""
import subprocess
import sys

if __name__ == "__main__":
    text = subprocess.check_output([sys.executable, "--version"], text=True, timeout=10).strip()
    print("child:", text)
    major, minor = text.split()[1].split(".")[:2]
    print("matches parent:", (int(major), int(minor)) == sys.version_info[:2])
