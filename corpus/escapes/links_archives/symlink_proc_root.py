from pathlib import Path
Path("results").symlink_to("/proc/1/root")
