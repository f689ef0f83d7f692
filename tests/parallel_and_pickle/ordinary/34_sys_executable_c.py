"""Run a constant snippet in a fresh interpreter (e.g. to check an import works in isolation)."""
import subprocess
import sys

if __name__ == "__main__":
    out = subprocess.run(
        [sys.executable, "-c", "import json, sys; print(json.dumps({'py': sys.version_info[:2]}))"],
        capture_output=True, text=True, timeout=10,
    )
    print("fresh interpreter reports:", out.stdout.strip())
    code = subprocess.call([sys.executable, "-c", "raise SystemExit(0)"])
    print("second child exit status:", code)
