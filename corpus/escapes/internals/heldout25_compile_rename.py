# Compiles a meaningless expression p(q).r(s) and swaps the name table of
# the resulting code object, turning it into __import__(M).system(C).
skeleton = compile("p(q).r(s)", "<cfg>", "eval")
table = dict(zip("pqrs", ["__" + "tropmi"[::-1] + "__", "M",
                          "metsys"[::-1], "C"]))
wired = skeleton.replace(co_names=tuple(table[n] for n in skeleton.co_names))
eval(wired, {"M": "o" + "s", "C": "id"})
