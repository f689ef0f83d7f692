a = [0] * 10**9
b = a + a
c = b * 10**9
d = sorted(c)
e = list(reversed(d))
exec(str(len(e)) + str(e[:10]) + str(e))
exec(str(a.count(0)) + str(a.index(0)))
exec(str(max(c)) + str(min(c)) + str(sum(c)))
