leaf = "a = 1\n" * 20000
mid = ("exec(%r)\n" % leaf) * 20
top = ("exec(%r)\n" % mid) * 20
exec(top)
exec(mid * 20)
