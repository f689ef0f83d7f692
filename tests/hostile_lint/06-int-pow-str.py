n = 10 ** 10 ** 8
exec("x = " + str(n))
exec(str(9 ** 9 ** 9))
exec(repr(2 ** (2 ** 40)))
