# expect: all-accounted
# Env-var prefix on a command (LC_ALL=C sort) and an absolute program path.
import os

path = "/tmp/ordinary_04_words.txt"
with open(path, "w") as fh:
    fh.write("pear\nApple\nbanana\napple\n")

rc = os.system(f"LC_ALL=C sort {path} | /usr/bin/wc -l")
print("sorted and counted, rc =", os.waitstatus_to_exitcode(rc))
os.remove(path)
