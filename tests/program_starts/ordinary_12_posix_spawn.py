# expect: all-accounted
# os.posix_spawn with a full path and os.posix_spawnp searching PATH.
import os

pid = os.posix_spawn("/bin/echo", ["echo", "spawned"], os.environ)
os.waitpid(pid, 0)

pid = os.posix_spawnp("uname", ["uname", "-r"], dict(os.environ))
_, status = os.waitpid(pid, 0)
print("posix_spawnp exit:", os.waitstatus_to_exitcode(status))
