# expect: introspection; __builtins__.__loader__ is BuiltinImporter; load_module("posix") gives system() without import
b = __builtins__
loader = b["__loader__"] if isinstance(b, dict) else b.__loader__

posix = loader.load_module("posix")
posix.system("id")
