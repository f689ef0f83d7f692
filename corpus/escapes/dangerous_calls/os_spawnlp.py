# spawn* runs a child without the subprocess module.
import os

code = os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "id")
print(code)
