def f(): pass
f.__ｇｌｏｂａｌｓ__["__builtins__"]
