"""Pool.starmap with argument tuples: compute modular powers."""
import multiprocessing as mp


def modpow(base, exp, mod):
    return base, exp, pow(base, exp, mod)


if __name__ == "__main__":
    jobs = [(b, e, 1_000_007) for b in (2, 3, 5, 7) for e in (10, 100, 1000)]
    with mp.Pool(2) as pool:
        results = pool.starmap(modpow, jobs)
    for base, exp, value in results:
        print(f"{base}^{exp} mod 1000007 = {value}")
