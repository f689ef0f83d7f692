TABLE = {c: "\\x%02x" % c * 10**4 for c in range(32, 127)}

def escape(text):
    return text.translate(TABLE)

exec(escape("print('hello world')" * 10**4))
exec(("ab" * 10**5).translate({97: "c" * 10**4, 98: "d" * 10**4}))
exec("x".translate(str.maketrans("x", "y")) * 10**5)
