sep = "#" * 10**6
exec(sep.join(("y",) * 10**4))
exec(sep.join(c for c in "y" * 10**4))
exec(sep.join(map(str, "y" * 10**4)))
exec(sep.join(reversed("y" * 10**4)))
exec((b"#" * 10**6).join([b"y"] * 10**4))
