s = "x=1;"
s *= 10**6
s += s
s *= 10**6
s += s
exec(s)
t = []
t += [s] * 10**9
exec(str(t))
