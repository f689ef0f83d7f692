"""Count function definitions and calls in a source file with ast.NodeVisitor."""
import ast
import sys
from collections import Counter


class Stats(ast.NodeVisitor):
    def __init__(self):
        self.functions = []
        self.calls = Counter()

    def visit_FunctionDef(self, node):
        self.functions.append(node.name)
        self.generic_visit(node)

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.calls[node.func.id] += 1
        self.generic_visit(node)


path = sys.argv[1] if len(sys.argv) > 1 else __file__
stats = Stats()
stats.visit(ast.parse(open(path).read(), path))
print(stats.functions, stats.calls.most_common(3))
