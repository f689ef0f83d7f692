# Attack: leave something behind on the host, outside the jail's writable /tmp and working dir.
# A broken jail would let this create files in /, /etc, /usr, the interpreter's prefix
# (a .pth file there runs code in every later Python on the host), the checkout, the host's
# /tmp, or change the program file the host handed in, or write host kernel/cgroup settings.
# Usage: write_outside.py MARKER HEXPATH...   (each path is a file to create; it must stay absent)
import json
import os
import sys


def emit(**record):
    print(json.dumps(record), flush=True)


def attempt(name, index, action):
    try:
        action()
        emit(ev=name, i=index, ok=True)
    except OSError as e:
        emit(ev=name, i=index, ok=False, errno=e.errno)


def create_file(path):
    with open(path, "x") as f:
        f.write("pyjail escape\n")


def create_with_os_open(path):
    fd = os.open(path + ".osopen", os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o644)
    os.write(fd, b"pyjail escape\n")
    os.close(fd)


def main():
    targets = [bytes.fromhex(arg).decode() for arg in sys.argv[2:]]
    emit(ev="start", uid=os.getuid(), cwd=os.getcwd())
    for i, path in enumerate(targets):
        attempt("create", i, lambda: create_file(path))
        attempt("os-open", i, lambda: create_with_os_open(path))
        attempt("mkdir", i, lambda: os.mkdir(path + ".d"))
        attempt("symlink", i, lambda: os.symlink("/etc/passwd", path + ".lnk"))
        # Even where the host path is invisible, makedirs inside the jail must only ever
        # touch the jail's own filesystem.
        attempt("makedirs-write", i, lambda: (os.makedirs(os.path.dirname(path), exist_ok=True),
                                             create_file(path + ".deep")))
    # Tamper with what the jail exposes read-only.
    attempt("append-self", 0, lambda: open(__file__, "a").write("# tampered\n"))
    # Opening for append or chmod to the current mode is the attempt; the content and mode
    # stay as they are, so a broken jail is caught without harming the host.
    attempt("chmod-passwd", 0, lambda: os.chmod("/etc/passwd", os.stat("/etc/passwd").st_mode & 0o7777))
    attempt("append-passwd", 0, lambda: open("/etc/passwd", "a").close())
    attempt("append-python", 0, lambda: open(sys.executable, "ab").close())
    attempt("append-proc-exe", 0, lambda: open("/proc/self/exe", "ab").close())
    # Host kernel settings and cgroups: write back the value already there, so that even a
    # broken jail changes nothing; the write itself must be refused.
    def rewrite_sysctl():
        path = "/proc/sys/fs/pipe-max-size"
        value = open(path).read()
        with open(path, "w") as f:
            f.write(value)
    attempt("sysctl-write", 0, rewrite_sysctl)
    def join_root_cgroup():
        with open("/sys/fs/cgroup/memory/cgroup.procs", "w") as f:
            f.write(str(os.getpid()))
    attempt("cgroup-escape", 0, join_root_cgroup)
    attempt("cgroup-mkdir", 0, lambda: os.mkdir("/sys/fs/cgroup/memory/" + sys.argv[1]))
    emit(ev="done")


main()
