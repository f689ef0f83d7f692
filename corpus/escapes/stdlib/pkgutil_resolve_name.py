# expect: stdlib; pkgutil.resolve_name turns "subprocess:getoutput" into a callable (3.9+)
import pkgutil

CALLBACKS = {"on_start": "subprocess:getoutput"}
hook = pkgutil.resolve_name(CALLBACKS["on_start"])
print(hook("id"))
