"""Counting problems modulo 1e9+7 plus a brute-force cross-check with itertools."""
import sys
from itertools import combinations, permutations, product

MOD = 10**9 + 7
MAXN = 200001

fact = [1] * MAXN
for i in range(1, MAXN):
    fact[i] = fact[i - 1] * i % MOD
inv_fact = [1] * MAXN
inv_fact[-1] = pow(fact[-1], MOD - 2, MOD)
for i in range(MAXN - 1, 0, -1):
    inv_fact[i - 1] = inv_fact[i] * i % MOD


def ncr(n, r):
    if r < 0 or r > n:
        return 0
    return fact[n] * inv_fact[r] % MOD * inv_fact[n - r] % MOD


def derangements_brute(n):
    return sum(all(p[i] != i for i in range(n)) for p in permutations(range(n)))


def derangements(n):
    d = [1, 0]
    for k in range(2, n + 1):
        d.append((k - 1) * (d[-1] + d[-2]) % MOD)
    return d[n]


def main():
    out = []
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        op, *nums = parts[0], *map(int, parts[1:])
        if op == "C":
            out.append(ncr(nums[0], nums[1]))
        elif op == "D":
            out.append(derangements(nums[0]))
        elif op == "CHECK":
            n = nums[0]
            ok_d = derangements_brute(n) == derangements(n)
            ok_c = all(len(list(combinations(range(n), r))) == ncr(n, r) for r in range(n + 1))
            ok_p = len(list(product(range(3), repeat=n))) == pow(3, n, MOD)
            out.append(f"check n={n}: {ok_d and ok_c and ok_p}")
        elif op == "CAT":
            n = nums[0]
            out.append(ncr(2 * n, n) * pow(n + 1, MOD - 2, MOD) % MOD)
    print("\n".join(map(str, out)))


main()
