import marshal, types
code = marshal.loads(open("fn.bin", "rb").read())
types.FunctionType(code, globals())()
