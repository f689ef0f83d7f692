# ordinary: checks many small submissions concurrently with concurrent.futures.ThreadPoolExecutor and collects results with as_completed
import concurrent.futures
import hashlib
import time

submissions = {f"student{i:02d}": f"def f(x): return x * {i}" for i in range(12)}


def check(item):
    name, code = item
    time.sleep(0.01)
    digest = hashlib.sha256(code.encode()).hexdigest()[:8]
    return name, len(code), digest


results = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(check, item) for item in submissions.items()]
    for fut in concurrent.futures.as_completed(futures):
        name, size, digest = fut.result()
        results[name] = (size, digest)

for name in sorted(results)[:5]:
    print(name, *results[name])
print("checked", len(results), "submissions")
with concurrent.futures.ThreadPoolExecutor() as pool:
    print("squares:", list(pool.map(lambda n: n * n, range(8))))
