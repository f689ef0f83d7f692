a = [[j for j in range(10**5)] for i in range(10**5)]
exec(str(a))
b = [x + y for x in "ab" * 10**4 for y in "cd" * 10**4]
exec("".join(b))
c = [[[k for k in range(1000)] for j in range(1000)] for i in range(1000)]
exec(repr(c))
