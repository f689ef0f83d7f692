"""Big integer tasks: for each query print the digit sum of n!,
the number of trailing zeros, and the last 10 digits of 2**k + 3**k."""
import sys
from math import factorial


def trailing_zeros(n):
    count = 0
    p = 5
    while p <= n:
        count += n // p
        p *= 5
    return count


def main():
    lines = sys.stdin.read().strip().splitlines()
    q = int(lines[0])
    for line in lines[1:q + 1]:
        kind, value = line.split()
        value = int(value)
        if kind == "FACT":
            f = factorial(value)
            s = str(f)
            print(f"{value}! has {len(s)} digits, digit sum {sum(map(int, s))}, "
                  f"{trailing_zeros(value)} trailing zeros")
        elif kind == "POW":
            big = 2 ** value + 3 ** value
            print(f"2^{value}+3^{value} ends with {big % 10**10:010d} "
                  f"({big.bit_length()} bits)")
        elif kind == "FIB":
            a, b = 0, 1
            for _ in range(value):
                a, b = b, a + b
            print(f"F({value}) = {str(a)[:15]}... ({len(str(a))} digits)")
        else:
            print("unknown query", kind)


main()
