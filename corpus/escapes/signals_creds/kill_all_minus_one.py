# expect: signals_creds; kill(-1, SIGKILL) signals every process the user may signal
import os
import signal

target = -1
try:
    os.kill(target, signal.SIGKILL)
except PermissionError:
    os.killpg(os.getpgid(0), signal.SIGKILL)
