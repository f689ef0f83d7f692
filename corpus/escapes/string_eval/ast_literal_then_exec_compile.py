import ast
tree = ast.parse("__import__('os').system('id')")
exec(compile(tree, "<x>", "exec"))
