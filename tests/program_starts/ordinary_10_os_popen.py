# expect: all-accounted
# os.popen (implemented on top of subprocess with a shell).
import os

with os.popen("id -un; uname -m") as fh:
    lines = fh.read().split()
print("popen lines:", len(lines))

with os.popen("cat > /tmp/ordinary_10.txt", "w") as fh:
    fh.write("written via popen\n")
with open("/tmp/ordinary_10.txt") as fh:
    print(fh.read().strip())
os.remove("/tmp/ordinary_10.txt")
