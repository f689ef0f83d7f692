c = "x = 1"
c = ("exec(%r)\n" % c) * 100
c = ("exec(%r)\n" % c) * 100
c = ("exec(%r)\n" % c) * 100
c = ("exec(%r)\n" % c) * 100
c = ("exec(%r)\n" % c) * 100
exec(c)
