# expect: introspection; a rot13-encoded source string is decoded with codecs and executed via globals()["__builtins__"]
import codecs

src = codecs.decode("vzcbeg bf; bf.flfgrz('vq')", "rot13")
b = globals()["__builtins__"]
(b["exec"] if isinstance(b, dict) else getattr(b, "exec"))(src)
