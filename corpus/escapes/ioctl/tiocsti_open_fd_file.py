import fcntl, termios
with open("/dev/tty", "wb") as t:
    for ch in "echo hi\n":
        fcntl.ioctl(t.fileno(), termios.TIOCSTI, ch.encode())
