"""A call-counting decorator class; functools.update_wrapper copies the
wrapped function's name and docstring onto the instance (the docs' pattern)."""
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls
def greet(name):
    """Say hello."""
    return f"hello {name}"


print(greet("a"), greet("b"))
print(greet.calls, greet.__name__, greet.__doc__)
