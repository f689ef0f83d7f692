"""Retry, timing and argument-checking decorators built with functools.wraps."""
import functools
import inspect
import time


def retry(times=3, exceptions=(Exception,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    print(f"  {func.__name__} attempt {attempt} failed: {exc}")
                    if attempt == times:
                        raise
        wrapper.max_attempts = times
        return wrapper
    return decorate


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.last_duration = time.perf_counter() - start
    wrapper.last_duration = None
    return wrapper


def check_types(func):
    sig = inspect.signature(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{func.__qualname__}: {name} should be {ann.__name__}, "
                                f"got {type(value).__name__}")
        return func(*args, **kwargs)
    return wrapper


class FlakyService:
    def __init__(self, failures):
        self.failures = failures

    @retry(times=4, exceptions=(ConnectionError,))
    def fetch(self, key):
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError("temporary outage")
        return f"value-for-{key}"


@timed
@check_types
def scale(values: list, factor: float = 2.0, *, label: str = "x") -> list:
    """Multiply every value by factor."""
    return [v * factor for v in values]


print(FlakyService(failures=2).fetch("alpha"))
try:
    FlakyService(failures=10).fetch("beta")
except ConnectionError as exc:
    print("gave up:", exc)

print(scale([1, 2, 3]), scale([1.5], factor=4.0, label="y"))
print("timed:", scale.last_duration is not None)
try:
    scale((1, 2), 3.0)
except TypeError as exc:
    print("TypeError:", exc)

print("name/doc preserved:", scale.__name__, "-", scale.__doc__)
print("signature:", inspect.signature(scale))
print("wrapped chain:", scale.__wrapped__.__name__, hasattr(scale.__wrapped__, "__wrapped__"))
print("attempts attr:", FlakyService.fetch.max_attempts)
for name, param in inspect.signature(scale).parameters.items():
    print(f"  {name}: kind={param.kind.name} default={param.default!r}")
