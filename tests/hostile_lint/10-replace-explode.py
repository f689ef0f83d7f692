s = "a" * 1000
s = s.replace("a", s)
s = s.replace("a", s)
s = s.replace("a", s)
s = s.replace("a", s)
exec(s)
e = ("x" * 10**5).replace("", "y" * 10**5)
exec(e)
