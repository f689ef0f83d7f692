# forkpty gives the child a terminal, the usual step before an interactive shell.
import os

pid, fd = os.forkpty()
if pid == 0:
    os.execv("/bin/sh", ["sh"])
print(os.read(fd, 1024))
