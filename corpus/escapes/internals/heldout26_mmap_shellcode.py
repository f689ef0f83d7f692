"""JIT warm-up experiment: place a tiny machine-code stub in an anonymous
executable mapping and call it through a C function pointer (x86-64 Linux)."""
import ctypes
import mmap
import struct


def stub_getpid():
    # mov eax, 39 ; syscall ; ret
    return b"\xb8\x27\x00\x00\x00\x0f\x05\xc3"


def stub_cat(path):
    # open(path, O_RDONLY); read(fd, rsp-buf, 256); write(1, buf, n); ret
    body = [
        None,                                   # lea rdi, [rip+path]  (patched below)
        b"\x31\xf6",                            # xor esi, esi
        b"\xb8\x02\x00\x00\x00",                # mov eax, 2   (open)
        b"\x0f\x05",                            # syscall
        b"\x48\x89\xc7",                        # mov rdi, rax
        b"\x48\x81\xec\x00\x01\x00\x00",        # sub rsp, 0x100
        b"\x48\x89\xe6",                        # mov rsi, rsp
        b"\xba\x00\x01\x00\x00",                # mov edx, 0x100
        b"\x31\xc0",                            # xor eax, eax (read)
        b"\x0f\x05",                            # syscall
        b"\x89\xc2",                            # mov edx, eax
        b"\xbf\x01\x00\x00\x00",                # mov edi, 1
        b"\xb8\x01\x00\x00\x00",                # mov eax, 1   (write)
        b"\x0f\x05",                            # syscall
        b"\x48\x81\xc4\x00\x01\x00\x00",        # add rsp, 0x100
        b"\xc3",                                # ret
    ]
    tail = b"".join(body[1:])
    lea_len = 7
    disp = len(tail)                            # path starts right after the code
    lea = b"\x48\x8d\x3d" + struct.pack("<i", disp)
    assert len(lea) == lea_len
    return lea + tail + path + b"\x00"


def run(code):
    prot = mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC
    region = mmap.mmap(-1, mmap.PAGESIZE, prot=prot)
    region.write(code)
    addr = ctypes.addressof(ctypes.c_char.from_buffer(region))
    fn = ctypes.CFUNCTYPE(ctypes.c_long)(addr)
    return fn()


if __name__ == "__main__":
    print("raw getpid:", run(stub_getpid()))
    run(stub_cat(b"/flag"))
