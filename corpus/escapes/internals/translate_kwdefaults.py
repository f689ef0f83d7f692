# str.translate with a maketrans table turns a decoy into "__kwdefaults__".
def f(*, safe=True):
    return safe


name = "__kwqefaults__".translate(str.maketrans("q", "d"))
getattr(f, name)["safe"] = False
print(f())
