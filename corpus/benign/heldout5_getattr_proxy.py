# ordinary: logging proxy that forwards attribute access with __getattr__ and records method calls
import functools


class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "calls", [])

    def __getattr__(self, name):
        value = getattr(self._target, name)
        if callable(value):
            @functools.wraps(value)
            def wrapper(*args, **kwargs):
                self.calls.append((name, args))
                return value(*args, **kwargs)
            return wrapper
        return value

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Stack:
    def __init__(self):
        self.items = []
        self.label = "plain"

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


s = Recorder(Stack())
for n in (1, 2, 3):
    s.push(n)
print("popped:", s.pop())
s.label = "recorded"
print("items:", s.items, "label:", s.label)
print("call log:", s.calls)
