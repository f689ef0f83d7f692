# __builtins__ under a short name, eval fetched by key.
b = __builtins__
table = b if isinstance(b, dict) else vars(b)
run = table["ev" + "al"]
print(run("1 + 1"))
