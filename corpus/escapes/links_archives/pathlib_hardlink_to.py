# 3.10+
from pathlib import Path
Path("log.txt").hardlink_to("/var/log/auth.log")
