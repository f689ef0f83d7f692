# expect: signals_creds; sends SIGKILL to pid 1 (the container's init / the sandbox supervisor)
import os
import signal

INIT_PID = 1
os.kill(INIT_PID, signal.SIGKILL)
