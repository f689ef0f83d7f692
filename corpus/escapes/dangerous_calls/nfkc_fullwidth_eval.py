# ｅｖａｌ in fullwidth letters is eval.
expr = "__import__('os').getcwd()"
result = ｅｖａｌ(expr)
print(result)
print(type(result))
