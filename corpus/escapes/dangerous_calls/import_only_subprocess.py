# Imports subprocess and touches only a constant.
import subprocess

print(subprocess.PIPE, subprocess.DEVNULL)
print("no child started")
