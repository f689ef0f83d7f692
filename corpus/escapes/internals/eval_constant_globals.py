# eval of a constant string that reads a lambda's __globals__.
table = eval("(lambda: 0).__globals__")
for name in table:
    print(name)
print(len(table))
