defs = "def f0(s):\n    return s + s\n" + "".join(
    "def f%d(s):\n    return f%d(s) + f%d(s)\n" % (i, i - 1, i - 1) for i in range(1, 100))
exec(defs + "exec(f99('#'))\n")
