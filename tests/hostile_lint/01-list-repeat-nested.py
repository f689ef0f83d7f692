a = [1] * 10**6
b = [a] * 10**6
c = [b] * 10**6
exec(str(c))
exec(repr(c)[:100])
