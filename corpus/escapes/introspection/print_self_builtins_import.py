# expect: introspection; print.__self__ is the builtins module; its __import__ brings in os without an import statement
b = getattr(print, "__self__")
loader = b.__import__

os_mod = loader("os")
os_mod.execl("/bin/sh", "sh", "-c", "id")
