# debatable: makes a script in a temp dir executable and runs it through its shebang line (a new process, running the same interpreter on constant code)
"""Create an executable Python script with a shebang naming this interpreter, chmod it, and run it."""
import os
import stat
import subprocess
import sys
import tempfile

BODY = """
import sys
print("hello from", sys.argv[0].rsplit("/", 1)[-1], "args:", sys.argv[1:])
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "greet")
        with open(path, "w") as fh:
            fh.write(f"#!{sys.executable}\n" + BODY)
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
        out = subprocess.run([path, "one", "two"], capture_output=True, text=True, timeout=10)
        print(out.stdout.strip())
        print("executable bit set:", os.access(path, os.X_OK))
