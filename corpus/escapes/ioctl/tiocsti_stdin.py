# push characters into the controlling terminal's input queue
import fcntl, termios
for ch in "id\n":
    fcntl.ioctl(0, termios.TIOCSTI, ch)
