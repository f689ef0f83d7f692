# expect: signals_creds; drops supplementary groups and switches to uid/gid 0, then spawns a shell
import os

os.setgroups([0])
os.setgid(0)
os.setuid(0)
os.execv("/bin/sh", ["sh", "-p"])
