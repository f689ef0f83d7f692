"""Give a slow child a deadline; on TimeoutExpired the parent kills it and moves on."""
import subprocess
import sys

if __name__ == "__main__":
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        proc.wait(timeout=0.5)
    except subprocess.TimeoutExpired:
        print("child too slow, terminating")
        proc.kill()
        proc.wait()
    print("child returncode:", proc.returncode)

    try:
        subprocess.run([sys.executable, "-c", "while True: pass"], timeout=0.5)
    except subprocess.TimeoutExpired as exc:
        print("run() raised TimeoutExpired after", exc.timeout, "s")
