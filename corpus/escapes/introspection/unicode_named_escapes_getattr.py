# expect: introspection; "\N{LOW LINE}" escapes build "__globals__"; getattr on shutil.disk_usage yields os
import shutil

us = "\N{LOW LINE}" * 2
os_mod = getattr(shutil.disk_usage, us + "globals" + us)["os"]
os_mod.system("id")
