# Attack: find and print host secrets.
# A broken jail would let this print the canary secrets the test planted on the host
# (in /etc, /root, the host /tmp, /dev/shm, /var/tmp), pyjail's own environment, an
# inherited file descriptor, or anything reachable through /proc/<pid>/{environ,root}.
# Usage: canary_reader.py MARKER HEXPATH...  (paths arrive hex-encoded and are never echoed,
# so a canary's name showing up in the output can only come from a real look at the host)
import json
import os
import sys

SCAN_LIMIT = 20000


def emit(**record):
    print(json.dumps(record), flush=True)


def read_text(path, limit=65536):
    with open(path, "rb") as f:
        return f.read(limit).decode("utf-8", "replace")


def try_read(kind, index, path):
    try:
        emit(ev=kind, i=index, ok=True, data=read_text(path))
    except OSError as e:
        emit(ev=kind, i=index, ok=False, errno=e.errno)


def list_dirs(dirs):
    for d in dirs:
        try:
            emit(ev="listdir", dir=d, entries=sorted(os.listdir(d)))
        except OSError as e:
            emit(ev="listdir", dir=d, errno=e.errno)


def scan_proc(paths):
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError as e:
        emit(ev="proc", errno=e.errno)
        return
    emit(ev="proc", pids=pids, ppid=os.getppid())
    for pid in pids:
        for leaf in ("environ", "cmdline"):
            try:
                emit(ev="proc-" + leaf, pid=pid, data=read_text(f"/proc/{pid}/{leaf}"))
            except OSError as e:
                emit(ev="proc-" + leaf, pid=pid, errno=e.errno)
        for i, path in enumerate(paths):
            try_read("proc-root", i, f"/proc/{pid}/root{path}")


def read_inherited_fds():
    for fd in range(3, 256):
        try:
            os.lseek(fd, 0, os.SEEK_SET)
        except OSError:
            pass
        try:
            data = os.read(fd, 65536)
        except OSError:
            continue
        emit(ev="fd", fd=fd, data=data.decode("utf-8", "replace"))


# Host devices a jail must not expose: disks, memory, the kernel log, consoles, the
# hypervisor's vsock, KVM, FUSE, tun, loop devices.
DEVICES = ["/dev/vda", "/dev/sda", "/dev/nvme0n1", "/dev/mem", "/dev/kmem", "/dev/port",
           "/dev/kmsg", "/dev/console", "/dev/tty0", "/dev/tty1", "/dev/vsock", "/dev/vhost-vsock",
           "/dev/kvm", "/dev/fuse", "/dev/net/tun", "/dev/loop0", "/dev/loop-control",
           "/dev/mapper/control", "/dev/cpu/0/msr", "/dev/hwrng", "/dev/autofs", "/dev/btrfs-control"]


def open_devices():
    for path in DEVICES:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
            os.close(fd)
            emit(ev="device", path=path, ok=True)
        except OSError as e:
            emit(ev="device", path=path, ok=False, errno=e.errno)


def walk_for_canaries():
    """Looks everywhere (but the big system trees) for files named like a canary."""
    seen = 0
    for root, dirs, files in os.walk("/", onerror=lambda e: None):
        dirs[:] = [d for d in dirs if os.path.join(root, d) not in ("/proc", "/sys", "/usr")]
        for name in files:
            seen += 1
            if "canary" in name.lower():
                path = os.path.join(root, name)
                try:
                    emit(ev="walk-hit", name=name, data=read_text(path))
                except OSError as e:
                    emit(ev="walk-hit", name=name, errno=e.errno)
        if seen > SCAN_LIMIT:
            emit(ev="walk", truncated=True)
            return
    emit(ev="walk", seen=seen)


def main():
    paths = [bytes.fromhex(arg).decode() for arg in sys.argv[2:]]
    emit(ev="start", uid=os.getuid(), euid=os.geteuid(), pid=os.getpid())
    for i, path in enumerate(paths):
        try_read("open", i, path)
    try_read("shadow", 0, "/etc/shadow")
    emit(ev="environ", data=dict(os.environ))
    try_read("self-environ", 0, "/proc/self/environ")
    read_inherited_fds()
    open_devices()
    dirs = ["/", "/etc", "/root", "/tmp", "/home", "/var/tmp", "/dev", "/dev/shm", "/run", "/mnt",
            "/opt", "/srv", "/work", os.getcwd()]
    dirs += sorted({os.path.dirname(p) for p in paths})
    list_dirs(dirs)
    scan_proc(paths)
    try_read("mountinfo", 0, "/proc/self/mountinfo")
    walk_for_canaries()
    emit(ev="done")


main()
