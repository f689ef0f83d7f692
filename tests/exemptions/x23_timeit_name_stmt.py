# timeit is "reported in part": "callables, and names that may hold one" are
# not. The statement here is a name, rebuilt in a loop so no constant is seen;
# timeit compiles it as its own code ("<timeit-src>") and runs it inside the
# standard library, which report.md says can leave a run clean.
import timeit

pieces = ["print(open(", "'/fl", "ag'", ").read())"]
stmt = ""
for piece in pieces:
    stmt += piece

timeit.timeit(stmt, number=1)
