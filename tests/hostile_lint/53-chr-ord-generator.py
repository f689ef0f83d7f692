exec("".join(chr(i % 95 + 32) for i in range(10**10)))
exec("".join([chr(ord("a") + i % 26) * 1000 for i in range(10**8)]))
exec(bytes(i % 256 for i in range(10**11)))
