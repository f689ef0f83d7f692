# expect: all-accounted
# sh -c with a multi-line script string using find -exec and xargs.
import os
import shutil
import subprocess

base = "/tmp/ordinary_15"
os.makedirs(base, exist_ok=True)
for name in ("one", "two", "three"):
    with open(os.path.join(base, name + ".txt"), "w") as fh:
        fh.write(name + "\n")
script = r"""
cd /tmp/ordinary_15 || exit 1
find . -name '*.txt' -exec cat {} \; | sort
printf '%s\n' one.txt two.txt | xargs cat | wc -c
"""
r = subprocess.run(["sh", "-c", script], capture_output=True, text=True)
print(r.stdout.strip().replace("\n", " | "), "rc", r.returncode)
shutil.rmtree(base)
