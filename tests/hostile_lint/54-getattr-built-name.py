import builtins
name = "e" + "x" * 10**11 + "ec"
getattr(builtins, name)("x=1")
getattr(builtins, "ex" + "ec" * 10**9)
getattr(__builtins__, "".join(["e", "x", "e", "c"] * 10**9))("pass")
