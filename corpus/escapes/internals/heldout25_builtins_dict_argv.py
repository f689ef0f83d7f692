# Generic "call anything" gadget: recovers __import__ from __builtins__
# whether it is a dict or a module, then imports and calls whatever
# module/function the command line asks for.
import sys

b = __builtins__
b = b if isinstance(b, dict) else b.__dict__
grab = b['__' + 'import' + '__']
mod, fn, *rest = sys.argv[1:] or ['json', 'dumps', '{}']
print(getattr(grab(mod), fn)(*rest))
