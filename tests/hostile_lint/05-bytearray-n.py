b = bytearray(10**11)
exec(bytes(b).decode('latin-1'))
exec(bytearray(10**9) + bytearray(10**9))
