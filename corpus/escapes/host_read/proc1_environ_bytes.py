# environment of the init process
raw = open("/proc/1/environ", "rb").read()
for item in raw.split(b"\x00"):
    print(item.decode(errors="replace"))
