# expect: introspection; inspect.stack() reaches the outermost frame; writes into its globals and uses its builtins
import inspect

outer = inspect.stack()[-1].frame
outer.f_globals["__authorized__"] = True
outer.f_builtins["__import__"]("os").system("id")
