# expect: stdlib; maps an RWX page with mmap, copies machine code from a file into it, and calls it via ctypes
import ctypes
import mmap

code = open("payload.bin", "rb").read()
page = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
page.write(code)
addr = ctypes.addressof(ctypes.c_char.from_buffer(page))
entry = ctypes.CFUNCTYPE(ctypes.c_int)(addr)
entry()
