# posix_spawn: a child process in one call.
import os

pid = os.posix_spawn("/bin/sh", ["sh", "-c", "id"], dict(os.environ))
print(os.waitpid(pid, 0))
