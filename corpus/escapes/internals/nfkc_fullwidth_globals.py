# __ｇｌｏｂａｌｓ__ in fullwidth letters is __globals__ once CPython normalises
# the identifier (string literals are not normalised, so the key stays ASCII).
def f():
    pass


table = f.__ｇｌｏｂａｌｓ__
print(table["__name__"], sorted(table))
