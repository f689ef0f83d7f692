exec("x = " + "lambda: " * 10**6 + "0")
exec("x = " + "a if b else " * 10**6 + "c")
exec("x = " + "await " * 10**6 + "y")
exec("x = " + "yield " * 10**6)
