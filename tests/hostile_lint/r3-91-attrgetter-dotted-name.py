import os, operator
u = 'a.' * 450000
operator.attrgetter(u + 'system')(os)('x')
operator.methodcaller(u + 'system', 'x')(os)
