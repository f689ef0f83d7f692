# "{}{}".format builds "fork".
import os

pid = getattr(os, "{}{}".format("fo", "rk"))()
print(pid)
