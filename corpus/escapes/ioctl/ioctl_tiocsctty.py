# steal a controlling terminal
import fcntl, os, termios
fd = os.open("/dev/pts/0", os.O_RDWR)
fcntl.ioctl(fd, termios.TIOCSCTTY, 1)
