# expect: files; reads raw sectors from the first block devices found under /dev
import os

for dev in ("sda", "vda", "nvme0n1", "xvda"):
    node = "/dev/" + dev
    if os.path.exists(node):
        with open(node, "rb") as disk:
            mbr = disk.read(512)
            disk.seek(1 << 20)
            first_mb = disk.read(1 << 20)
        open(dev + ".img", "wb").write(mbr + first_mb)
        break
