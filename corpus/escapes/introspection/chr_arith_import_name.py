# expect: introspection; "__import__" and "os" spelled with chr() arithmetic, looked up on the builtins module
u = chr(95) * 2
name = u + "".join(chr(c) for c in (105, 109, 112, 111, 114, 116)) + u
target = chr(0x6F) + chr(0x73)
b = __builtins__
imp = b[name] if isinstance(b, dict) else getattr(b, name)
imp(target).system("id")
