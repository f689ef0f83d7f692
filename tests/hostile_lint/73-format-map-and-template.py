import string
exec(string.Template("$a" * 10**6).substitute(a="x" * 10**6))
exec("{a}".format_map({"a": "#" * 10**12}))
exec(("{0}" * 10**6).format("#" * 10**6))
exec(("%(a)s" * 10**6) % {"a": "#" * 10**6})
exec(("%s" * 10**6) % tuple(["#" * 10**6] * 10**6))
