# expect: stdlib; replaces sys.breakpointhook with a resolver, then breakpoint() runs a named callable (3.9+)
import sys
from pkgutil import resolve_name

sys.breakpointhook = lambda *a, **k: resolve_name("subprocess.getoutput")(*a)
print(breakpoint("cat /etc/passwd"))
