big = "ab" * 10**11
exec(big[::1])
exec(big[::-1])
exec(big[1::3] + big[::-7])
r = range(10**18)
exec(str(list(r[::2])))
exec(str(r[::-1][:10**12]))
exec(("x" * 10**9)[10**8:][::2] * 10**9)
