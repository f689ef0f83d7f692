# expect: signals_creds; terminates the parent process (the runner that enforces time limits) with os.getppid()
import os
import signal
import time

parent = os.getppid()
os.kill(parent, signal.SIGSTOP)  # freeze the watchdog first
time.sleep(0.1)
os.kill(parent, signal.SIGKILL)
while True:
    time.sleep(60)
