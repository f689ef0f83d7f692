t = str.maketrans({"a": "b" * 10**6})
exec(("a" * 10**6).translate(t))
t2 = {c: "y" * 10**5 for c in range(128)}
exec(("abcd" * 10**5).translate(t2))
