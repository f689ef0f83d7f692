# expect: files; overwrites bytes in the interpreter's own heap through /proc/self/maps + /proc/self/mem
marker = b"audit_hook_guard_enabled"

with open("/proc/self/maps") as maps:
    heap = next(line for line in maps if line.rstrip().endswith("[heap]"))
lo, hi = (int(x, 16) for x in heap.split()[0].split("-"))

with open("/proc/self/mem", "r+b", buffering=0) as mem:
    mem.seek(lo)
    chunk = mem.read(hi - lo)
    pos = chunk.find(marker)
    while pos != -1:
        mem.seek(lo + pos)
        mem.write(b"X" * len(marker))
        pos = chunk.find(marker, pos + 1)
