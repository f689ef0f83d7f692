# expect: introspection; gc.get_referents of a tempfile function yields its module globals, which hold os as _os
import gc
import tempfile

for ref in gc.get_referents(tempfile.mkdtemp):
    if isinstance(ref, dict) and "_os" in ref:
        ref["_os"].system("id")
        break
