exec("".join("".join("".join(str(k) for k in range(1000)) for j in range(1000)) for i in range(1000)))
exec("".join(c for c in "x" * 10**11))
exec(str(list(c * 1000 for c in "abc" * 10**8)))
