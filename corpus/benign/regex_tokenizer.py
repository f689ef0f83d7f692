"""An arithmetic tokenizer with re.compile (a method of re, not the builtin)."""
import re

TOKEN = re.compile(
    r"""
    (?P<number>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<skip>\s+)
  | (?P<error>.)
    """,
    re.VERBOSE,
)


def tokenize(text):
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "skip":
            continue
        if kind == "error":
            raise SyntaxError(f"unexpected {match.group()!r} at {match.start()}")
        yield kind, match.group()


print(list(tokenize("rate = 3.5 * (hours + 2)")))
