# expect: stdlib; os.posix_spawnp starts a process (no subprocess module involved)
import os

pid = os.posix_spawnp("sh", ["sh", "-c", "cat /etc/passwd > dump.txt"], dict(os.environ))
os.waitpid(pid, 0)
