class Config:
    base = "x = 1;"
    a = base * 1000
    b = a * 1000
    c = b * 1000
    d = c * 1000
    e = [d] * 10**6
    src = "".join(e)
    exec(src)

class Deep:
    s = "#"
    s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s
    s = s * 10**15
    exec(s)
