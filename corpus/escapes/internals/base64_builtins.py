# base64-encoded attribute names decoded at run time: "__globals__" and "__builtins__".
import base64


def f():
    pass


g = getattr(f, base64.b64decode(b"X19nbG9iYWxzX18=").decode())
print(g[base64.b64decode("X19idWlsdGluc19f").decode()])
