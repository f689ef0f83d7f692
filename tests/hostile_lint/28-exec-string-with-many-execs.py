inner = "exec('y = 1')\n" * 10**5
exec(inner)
outer = ("exec(%r)\n" % inner) * 1000
exec(outer)
