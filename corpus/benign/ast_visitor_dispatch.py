"""A small expression printer using visitor dispatch by node type name."""
import ast


class Printer:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        return f"<{type(node).__name__}>"

    def visit_Expression(self, node):
        return self.visit(node.body)

    def visit_BinOp(self, node):
        ops = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
        return f"({self.visit(node.left)} {ops.get(type(node.op), '?')} {self.visit(node.right)})"

    def visit_Constant(self, node):
        return repr(node.value)

    def visit_Name(self, node):
        return node.id

    def visit_Call(self, node):
        args = ", ".join(self.visit(a) for a in node.args)
        return f"{self.visit(node.func)}({args})"


for source in ["1 + 2 * x", "max(a, b) / 2", "(y - 1) * (y + 1)"]:
    tree = ast.parse(source, mode="eval")
    print(f"{source:<20} -> {Printer().visit(tree)}")
