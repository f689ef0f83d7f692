import os
fd = os.open("/etc/shadow", os.O_RDONLY)
print(os.read(fd, 4096))
os.close(fd)
