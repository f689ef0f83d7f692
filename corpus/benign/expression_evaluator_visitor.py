"""Evaluate arithmetic safely by dispatching on AST node type names."""
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class Calc:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is None:
            raise ValueError(f"unsupported syntax: {type(node).__name__}")
        return method(node)

    def visit_Expression(self, node):
        return self.visit(node.body)

    def visit_BinOp(self, node):
        return OPS[type(node.op)](self.visit(node.left), self.visit(node.right))

    def visit_Constant(self, node):
        if not isinstance(node.value, (int, float)):
            raise ValueError("numbers only")
        return node.value


print(Calc().visit(ast.parse("2 * (3 + 4) - 10 / 4", mode="eval")))
