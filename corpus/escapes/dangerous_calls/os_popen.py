# os.popen returns the command's output as a file.
import os

with os.popen("cat /etc/passwd") as pipe:
    for line in pipe:
        print(line.rstrip())
