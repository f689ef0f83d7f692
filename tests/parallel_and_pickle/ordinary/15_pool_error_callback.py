"""Pool: one task fails; error_callback logs it, map re-raises it in the parent."""
from multiprocessing import Pool


def safe_div(pair):
    a, b = pair
    return a / b


if __name__ == "__main__":
    errors = []
    pairs = [(10, 2), (3, 0), (9, 3)]
    with Pool(2) as pool:
        asyncs = [pool.apply_async(safe_div, (p,), error_callback=errors.append) for p in pairs]
        for a in asyncs:
            a.wait(5)
        print("successful:", [a.get() for a in asyncs if a.successful()])
        try:
            pool.map(safe_div, pairs)
        except ZeroDivisionError as exc:
            print("map raised in parent:", type(exc).__name__, exc)
    print("error_callback saw:", [type(e).__name__ for e in errors])
