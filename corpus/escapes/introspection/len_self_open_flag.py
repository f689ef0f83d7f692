# expect: introspection; uses len.__self__ (builtins) to get open() back after it was removed from the namespace, reads /flag
# the jail deleted open/__import__ from the globals it passes to exec
reader = len.__self__.open

with reader("/flag") as fh:
    print(fh.read())
