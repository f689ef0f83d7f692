# expect: files; scans physical memory through /dev/mem for a key marker
marker = b"-----BEGIN RSA PRIVATE KEY-----"
with open("/dev/mem", "rb", buffering=0) as mem:
    offset = 0x100000
    mem.seek(offset)
    for _ in range(64):
        block = mem.read(1 << 16)
        if marker in block:
            print(hex(offset), block[block.index(marker):][:1700])
        offset += len(block)
