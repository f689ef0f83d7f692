# expect: all-accounted
# os.spawnv / os.spawnvp / os.spawnlp (fork + exec inside the os module).
import os

a = os.spawnv(os.P_WAIT, "/bin/true", ["true"])
b = os.spawnvp(os.P_WAIT, "id", ["id", "-g"])
c = os.spawnlp(os.P_WAIT, "sleep", "sleep", "0")
print("spawn results:", a, b, c)
