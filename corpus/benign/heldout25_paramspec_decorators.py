"""Typed decorators and variadic generics using PEP 695 syntax
(ParamSpec `**P`, TypeVarTuple `*Ts`, bounded type params). Python 3.12+."""
import functools
import time
from collections.abc import Callable
from typing import Protocol


class Comparable(Protocol):
    def __lt__(self, other, /) -> bool: ...


def logged[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = func(*args, **kwargs)
        print(f"call {func.__name__}({', '.join(shown)}) -> {result!r}")
        return result
    return wrapper


def memoize[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    cache: dict[tuple, R] = {}

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]
    wrapper.cache = cache  # type: ignore[attr-defined]
    return wrapper


def timed_call[*Ts, R](func: Callable[[*Ts], R], *args: *Ts) -> tuple[R, bool]:
    start = time.perf_counter()
    result = func(*args)
    return result, (time.perf_counter() - start) < 1.0


def clamp[C: Comparable](value: C, lo: C, hi: C) -> C:
    if value < lo:
        return lo
    if hi < value:
        return hi
    return value


def swap_pairs[*Ts](*items: *Ts) -> tuple[*Ts]:
    return items


@logged
def greet(name: str, *, punct: str = "!") -> str:
    return f"Hello, {name}{punct}"


@memoize
def ways(n: int, coins: tuple[int, ...] = (1, 2, 5)) -> int:
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


greet("Ada")
greet("Grace", punct="?")
print("ways(100):", ways(100), "cache entries:", len(ways.cache))
print("timed:", timed_call(sum, [1, 2, 3]))
print("clamp:", clamp(15, 0, 10), clamp("m", "a", "k"), clamp(2.5, 1.0, 3.0))
print("pairs:", swap_pairs(1, "two", 3.0))
print("type params:", logged.__type_params__, timed_call.__type_params__)
print("bound:", clamp.__type_params__[0].__bound__.__name__)
