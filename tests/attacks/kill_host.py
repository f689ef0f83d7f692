# Attack: see and kill processes outside the jail.
# A broken jail (no pid namespace, or signals allowed across it) would let kill(-1, SIGKILL)
# take down every process of the same user on the host - pyjail itself, the test's sentinel
# `sleep`, and as root the whole machine; kill(getppid()) would kill pyjail, and the /proc
# listing would show host processes. The program then exits 42 and says SURVIVED: pyjail
# reporting 42 proves pyjail itself was not killed.
# Usage: kill_host.py MARKER HOST_SENTINEL_PID
import json
import os
import signal
import sys


def emit(**record):
    print(json.dumps(record), flush=True)


def comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def try_kill(name, pid, sig=signal.SIGKILL):
    try:
        os.kill(pid, sig)
        emit(ev="kill", name=name, pid=pid, ok=True)
    except OSError as e:
        emit(ev="kill", name=name, pid=pid, ok=False, errno=e.errno)


def main():
    host_sentinel = int(sys.argv[2])
    me, parent = os.getpid(), os.getppid()
    emit(ev="start", me=me, ppid=parent)
    try:
        pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
        emit(ev="procs", me=me, ppid=parent, procs=[[p, comm(p)] for p in pids])
    except OSError as e:
        emit(ev="procs", me=me, ppid=parent, errno=e.errno)
    try_kill("minus-one", -1)
    if me != 1:
        try_kill("pid-one", 1)
    # getppid() is 0 when the parent lies outside our pid namespace; kill(0) would hit our
    # own process group, so only a visible parent is a target.
    if parent > 1:
        try_kill("parent", parent)
    if host_sentinel != me:
        try_kill("host-sentinel", host_sentinel)
    try:
        fd = os.pidfd_open(host_sentinel)
        signal.pidfd_send_signal(fd, signal.SIGKILL)
        emit(ev="kill", name="pidfd-sentinel", ok=True)
    except (OSError, AttributeError) as e:
        emit(ev="kill", name="pidfd-sentinel", ok=False, errno=getattr(e, "errno", None))
    emit(ev="done")
    print("SURVIVED", flush=True)
    sys.exit(42)


main()
