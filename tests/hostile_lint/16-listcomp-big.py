a = [i for i in range(10**10)]
exec(str(a))
b = [str(i) * i for i in range(10**6)]
exec("".join(b))
