# ordinary: a calculator exercise evaluates arithmetic safely with ast.parse and a whitelisting NodeVisitor, and reads data literals with ast.literal_eval
import ast
import operator

OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg, ast.Mod: operator.mod,
}


class Evaluator(ast.NodeVisitor):
    def visit_Expression(self, node):
        return self.visit(node.body)

    def visit_BinOp(self, node):
        return OPS[type(node.op)](self.visit(node.left), self.visit(node.right))

    def visit_UnaryOp(self, node):
        return OPS[type(node.op)](self.visit(node.operand))

    def visit_Constant(self, node):
        if isinstance(node.value, (int, float)):
            return node.value
        raise ValueError("only numbers allowed")

    def generic_visit(self, node):
        raise ValueError(f"disallowed syntax: {type(node).__name__}")


def calc(text):
    return Evaluator().visit(ast.parse(text, mode="eval"))


for expr in ["1 + 2 * 3", "(4 - 1) ** 2 / 3", "-7 % 3", "len('abc')", "2 ** 0.5"]:
    try:
        print(f"{expr!r:22} = {calc(expr)}")
    except (ValueError, KeyError) as err:
        print(f"{expr!r:22} rejected: {err}")

print(ast.literal_eval("{'weights': [0.2, 0.3, 0.5], 'name': 'final'}"))
