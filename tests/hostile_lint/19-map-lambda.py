m = list(map(lambda x: "x" * 1000, range(10**9)))
exec("".join(m))
n = list(map(str, range(10**10)))
exec(",".join(n))
o = "".join(map(chr, range(32, 127))) * 10**9
exec(o)
