exec(",".join(["abc"] * 10**9))
exec("".join(["x=1\n"] * 10**6) * 10**6)
exec(("x" * 10**6).join("y" * 10**6))
exec("\n".join(str(i) for i in range(10**9)))
