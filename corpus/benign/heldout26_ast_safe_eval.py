"""A safe arithmetic evaluator: parse with ast, dispatch on node type with getattr."""
import ast
import operator

OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.USub: operator.neg,
}


class Evaluator(ast.NodeVisitor):
    def __init__(self, variables):
        self.variables = variables

    def generic_visit(self, node):
        raise ValueError(f"not allowed: {type(node).__name__}")

    def visit_Expression(self, node):
        return self.visit(node.body)

    def visit_Constant(self, node):
        if not isinstance(node.value, (int, float)):
            raise ValueError("numbers only")
        return node.value

    def visit_Name(self, node):
        return self.variables[node.id]

    def visit_BinOp(self, node):
        return OPS[type(node.op)](self.visit(node.left), self.visit(node.right))

    def visit_UnaryOp(self, node):
        return OPS[type(node.op)](self.visit(node.operand))


for text in ("1 + 2 * 3", "-(x - 4) ** 2", "r * r * 3.14159"):
    tree = ast.parse(text, mode="eval")
    print(text, "=", Evaluator({"x": 10, "r": 2}).visit(tree))
try:
    Evaluator({}).visit(ast.parse("len('abc')", mode="eval"))
except ValueError as exc:
    print("rejected:", exc)
