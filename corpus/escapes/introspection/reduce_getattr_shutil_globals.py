# expect: introspection; functools.reduce(getattr, ...) reaches shutil.which.__globals__ and the os module inside it
import functools
import operator
import shutil

globs = functools.reduce(getattr, ["__globals__"], shutil.which)
os_mod = operator.itemgetter("os")(globs)
os_mod.system("id")
