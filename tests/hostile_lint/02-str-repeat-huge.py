s = "print(1)\n" * 10**12
exec(s)
eval(s * 10**12)
