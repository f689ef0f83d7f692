"""Lesson: information about the running interpreter and process (read-only)."""
import os
import platform
import sys

print("python", platform.python_version(), "on", platform.system())
print("pid", os.getpid(), "parent", os.getppid())
print("cpus", os.cpu_count(), "cwd", os.getcwd())
print("argv", sys.argv, "executable name", os.path.basename(sys.executable))
