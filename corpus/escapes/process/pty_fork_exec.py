import os, pty
pid, fd = pty.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh"])
