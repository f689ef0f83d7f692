# setattr on the builtins module installs a hook around __import__.
import builtins

original = builtins.__import__


def spy(name, *args, **kwargs):
    return original(name, *args, **kwargs)


setattr(builtins, "__import__", spy)
