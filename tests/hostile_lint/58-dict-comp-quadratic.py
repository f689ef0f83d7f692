d = {i: "x" * i for i in range(10**7)}
exec(str(d))
exec("".join(d.values()))
s = {"y" * i for i in range(10**6)}
exec(repr(s))
