import os, os.path, posixpath
from pathlib import Path, PurePosixPath
a = os.path.join(*['a'] * 10**8)
b = Path('/').joinpath(*['b'] * 10**8)
c = PurePosixPath('/'.join(['c'] * 10**8)).parents
d = os.path.normpath('../' * 10**8 + 'etc/shadow')
e = Path('/' + '/..' * 10**8 + '/etc/shadow').resolve()
f = posixpath.join('/', *('d' for _ in range(10**9)))
open(a)
open(b)
open(d)
open(e)
open(f)
open(str(list(c)))
