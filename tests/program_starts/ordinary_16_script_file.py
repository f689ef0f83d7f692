# expect: unaccounted sleep
# (Known limit: the programs a script file names are in no audit event.)
# A shell script written to /tmp and then run with sh.
import os
import subprocess

path = "/tmp/ordinary_16_job.sh"
with open(path, "w") as fh:
    fh.write("#!/bin/sh\n"
             "set -e\n"
             "sleep 0\n"
             "ls / | wc -l\n"
             "uname -s\n"
             "test -r /etc/passwd && echo readable\n")
r = subprocess.run(["sh", path], capture_output=True, text=True)
print(r.stdout.split(), "rc", r.returncode)
os.remove(path)
