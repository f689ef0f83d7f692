# The convenience helpers: check_output, getoutput, call.
import subprocess

print(subprocess.check_output(["id"]))
print(subprocess.getoutput("uname -a"))
subprocess.call(["sh", "-c", "echo pwned"])
