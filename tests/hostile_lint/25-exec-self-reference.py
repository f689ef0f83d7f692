c = "exec(c)"
exec(c)
d = "exec(d + d)"
exec(d)
e = "e = e + e\nexec(e)"
exec(e)
