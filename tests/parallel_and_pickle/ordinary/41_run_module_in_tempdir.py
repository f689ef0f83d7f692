"""Write a helper package into a temp dir and run it with `python -m` from that directory."""
import os
import subprocess
import sys
import tempfile

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        pkg = os.path.join(tmp, "report_tool")
        os.mkdir(pkg)
        with open(os.path.join(pkg, "__init__.py"), "w") as fh:
            fh.write("VERSION = '0.1'\n")
        with open(os.path.join(pkg, "__main__.py"), "w") as fh:
            fh.write("from report_tool import VERSION\n"
                     "rows = [(n, n * n) for n in range(1, 5)]\n"
                     "print('report_tool', VERSION)\n"
                     "for n, sq in rows:\n    print(f'{n:>3} {sq:>4}')\n")
        res = subprocess.run([sys.executable, "-m", "report_tool"], cwd=tmp,
                             capture_output=True, text=True, timeout=10)
        print(res.stdout, end="")
        print("exit:", res.returncode)
