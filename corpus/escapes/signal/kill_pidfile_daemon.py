# signal a host daemon found through its pid file
import os, signal
pid = int(open("/run/sshd.pid").read())
os.kill(pid, signal.SIGTERM)
