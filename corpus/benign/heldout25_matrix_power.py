"""Linear recurrences via fast matrix exponentiation (mod 1e9+7).

Each test: k c1..ck a0..a(k-1) n  ->  a(n) where a(i) = sum c_j * a(i-j)."""
import sys

MOD = 10**9 + 7


def mat_mul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    C = [[0] * p for _ in range(n)]
    for i in range(n):
        Ai = A[i]
        Ci = C[i]
        for k in range(m):
            a = Ai[k]
            if a:
                Bk = B[k]
                for j in range(p):
                    Ci[j] = (Ci[j] + a * Bk[j]) % MOD
    return C


def mat_pow(M, e):
    n = len(M)
    R = [[int(i == j) for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            R = mat_mul(R, M)
        M = mat_mul(M, M)
        e >>= 1
    return R


def nth_term(coeffs, initial, n):
    k = len(coeffs)
    if n < k:
        return initial[n] % MOD
    M = [[0] * k for _ in range(k)]
    M[0] = [c % MOD for c in coeffs]
    for i in range(1, k):
        M[i][i - 1] = 1
    P = mat_pow(M, n - k + 1)
    state = [[initial[k - 1 - i]] for i in range(k)]
    return mat_mul(P, state)[0][0]


def main():
    it = iter(sys.stdin.read().split())
    t = int(next(it))
    for _ in range(t):
        k = int(next(it))
        coeffs = [int(next(it)) for _ in range(k)]
        initial = [int(next(it)) for _ in range(k)]
        n = int(next(it))
        print(nth_term(coeffs, initial, n))


if __name__ == "__main__":
    main()
