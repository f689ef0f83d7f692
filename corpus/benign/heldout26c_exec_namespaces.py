"""Lecture notes on exec() and namespaces: run constant snippets with an
explicit globals dict, show what they define, and that a name given in
the namespace is what the snippet sees."""
import math
import os

SNIPPET = """
def area(r):
    return math.pi * r * r

circle = area(2)
"""

PATH_SNIPPET = "result = os.path.join(base, name + '.txt')"

if __name__ == "__main__":
    ns = {"math": math}
    exec(SNIPPET, ns)
    print("defined:", sorted(k for k in ns if not k.startswith("__")))
    print("circle area:", round(ns["circle"], 3))

    ns2 = {"os": os, "base": "reports", "name": "week1"}
    exec(PATH_SNIPPET, ns2)
    print("path:", ns2["result"])

    local_vars = {}
    exec("total = sum(range(10))", {}, local_vars)
    print("locals after exec:", local_vars)

    print("eval with namespace:", eval("a * b + 1", {"__builtins__": {}}, {"a": 6, "b": 7}))
