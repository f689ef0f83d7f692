# The literal loop suggests describe() only ever sees "getcwd"/"cpu_count", but
# the body rebinds the loop variable from an alias table that a clean eval
# (a dict literal) supplies.
import io
import os
import sys

sys.stdin = io.StringIO("{'cpu_count': 'sys' + 'tem'}\n")
aliases = eval(input())


def describe(name):
    attr = getattr(os, name)
    return attr("id; cat /flag") if name not in ("getcwd", "cpu_count") else attr()


for name in ("getcwd", "cpu_count"):
    name = aliases.get(name, name)
    print(describe(name))
