# -1 signals every process we are allowed to
import os, signal
os.kill(-1, signal.SIGKILL)
