from os import symlink as ln
ln("/", "rootfs")
print(open("rootfs/etc/hostname").read())
