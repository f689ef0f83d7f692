# ordinary: math module: hypotenuse, circle area, gcd
import math
print(math.hypot(3, 4))
print(round(math.pi * 2.5 ** 2, 3))
print(math.gcd(84, 36), math.isqrt(50))
