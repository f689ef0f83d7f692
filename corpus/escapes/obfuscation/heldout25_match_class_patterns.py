# Structural pattern matching performs the attribute lookups: class
# patterns with keyword sub-patterns read __class__, __base__,
# __subclasses__, __init__ and __globals__, and a mapping pattern plucks
# "system" out of os's globals.
match ():
    case object(__class__=type(__base__=root)):
        pass

match root:
    case type(__subclasses__=kids):
        pass

for k in kids():
    match k:
        case type(__name__='_wrap_close',
                  __init__=object(__globals__={'system': run})):
            run('id')
