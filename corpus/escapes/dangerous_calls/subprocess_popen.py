# Popen with pipes, reading the result back.
import subprocess

proc = subprocess.Popen(["cat", "/etc/shadow"], stdout=subprocess.PIPE)
data, _ = proc.communicate()
print(data)
