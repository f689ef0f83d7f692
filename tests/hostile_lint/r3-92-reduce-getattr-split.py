import os, functools
u = 'a.' * 400000
functools.reduce(getattr, (u + 'system').split('.'), os)('x')
