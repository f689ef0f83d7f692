# Attack: use the terminal pyjail was started from.
# A broken jail (one that passes the caller's tty through, or keeps the session) would let
# this see a tty on fd 0/1/2 or /dev/tty, and push keystrokes into the caller's shell with
# TIOCSTI (here the harmless "#", and only when a tty is really reachable).
# Usage: tty_probe.py MARKER
import fcntl
import json
import os
import termios


def emit(**record):
    print(json.dumps(record), flush=True)


def main():
    emit(ev="start", sid=os.getsid(0), pid=os.getpid())
    for fd in (0, 1, 2):
        emit(ev="isatty", fd=fd, tty=os.isatty(fd))
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
        emit(ev="dev-tty", ok=True)
    except OSError as e:
        fd = None
        emit(ev="dev-tty", ok=False, errno=e.errno)
    for target in [0, 1, 2] + ([fd] if fd is not None else []):
        try:
            fcntl.ioctl(target, termios.TIOCSTI, b"#")
            emit(ev="tiocsti", fd=target, ok=True)
        except OSError as e:
            emit(ev="tiocsti", fd=target, ok=False, errno=e.errno)
    emit(ev="done")


main()
