# expect: introspection; builds an AST for __import__("os").system("id") node by node and compiles/executes it
import ast

call = ast.Call(
    func=ast.Attribute(
        value=ast.Call(func=ast.Name(id="__import__", ctx=ast.Load()), args=[ast.Constant("os")], keywords=[]),
        attr="system",
        ctx=ast.Load(),
    ),
    args=[ast.Constant("id")],
    keywords=[],
)
tree = ast.fix_missing_locations(ast.Expression(body=call))
eval(compile(tree, "<ast>", "eval"))
