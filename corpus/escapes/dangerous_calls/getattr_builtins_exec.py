# exec fetched from the builtins module with a glued name.
import builtins as bi

run = getattr(bi, "ex" + "ec")
run("print('ran')")
