# `import os as o`: the call no longer reads os.system.
import os as o

o.system("id")
print(o.getcwd())
