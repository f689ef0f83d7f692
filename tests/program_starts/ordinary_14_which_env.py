# expect: all-accounted
# shutil.which to locate a program, then run it; env re-executes date.
import shutil
import subprocess

env_path = shutil.which("env")
print("env lives at", env_path)
res = subprocess.run([env_path, "LC_ALL=C", "TZ=UTC", "date", "-u", "+%Y"],
                     capture_output=True, text=True, check=True)
print("year:", res.stdout.strip())
