exec("x=1".ljust(10**12))
exec("x=1".rjust(2**62, " "))
exec(("# " + "x").ljust(10**10, "y"))
