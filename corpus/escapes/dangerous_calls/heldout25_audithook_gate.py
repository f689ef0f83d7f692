# Installs an audit hook that raises RuntimeError on the
# "sys.addaudithook" event. CPython then silently refuses every hook added
# afterwards, so a monitor that attaches late is disabled before the
# payload runs.
import sys


def gate(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('hooks sealed')


sys.addaudithook(gate)
sys.addaudithook(lambda e, a: print('monitor saw', e))
__import__('o' + 's').system('id')
