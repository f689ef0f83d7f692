"""functools.partial, reduce and operator helpers."""
from functools import partial, reduce
import operator


def power(base, exponent):
    return base**exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print([square(x) for x in range(5)], cube(3))

product = reduce(operator.mul, range(1, 11), 1)
print(product)

to_int_base2 = partial(int, base=2)
print(to_int_base2("101101"))

words = ["alpha", "beta", "gamma"]
print(reduce(lambda acc, w: acc + len(w), words, 0))
