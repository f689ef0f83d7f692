"""Arithmetic calculator that walks the AST instead of calling eval."""
import argparse
import ast
import operator

OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.Pow: operator.pow, ast.Mod: operator.mod,
    ast.USub: operator.neg, ast.UAdd: operator.pos,
}


def evaluate(node):
    if isinstance(node, ast.Expression):
        return evaluate(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.left), evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPS:
        return OPS[type(node.op)](evaluate(node.operand))
    raise ValueError(f"unsupported expression: {ast.dump(node)}")


def calc(text):
    return evaluate(ast.parse(text, mode="eval"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("expr", nargs="*", default=["2 + 3 * 4", "(1 - 5) ** 2 / 8", "-7 % 3"])
    for e in parser.parse_args([]).expr:
        print(f"{e} = {calc(e)}")
    try:
        calc("__import__('os')")
    except ValueError as err:
        print("rejected:", str(err)[:40])
