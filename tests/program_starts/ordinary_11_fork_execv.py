# expect: all-accounted
# Classic fork + os.execv / os.execvp in the child.
import os

pid = os.fork()
if pid == 0:
    try:
        os.execv("/bin/echo", ["echo", "hello from the child"])
    finally:
        os._exit(127)
os.waitpid(pid, 0)

pid = os.fork()
if pid == 0:
    try:
        os.execvp("date", ["date", "+%H:%M"])
    finally:
        os._exit(127)
_, status = os.waitpid(pid, 0)
print("children done, last status", os.waitstatus_to_exitcode(status))
