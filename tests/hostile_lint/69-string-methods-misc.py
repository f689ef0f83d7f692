s = "aB" * 10**10
exec(s.upper() + s.lower() + s.swapcase() + s.title() + s.capitalize() + s.casefold())
exec(s.strip() + s.lstrip("a") + s.rstrip("B"))
exec(s.encode().decode() * 10**3)
exec(s.encode("utf-16").decode("utf-16"))
exec(("x" * 10**10).partition("y")[0])
exec("\n".join(("ab" * 10**5).splitlines(True) * 10**7))
