"""Checksum many in-memory blobs in parallel with a thread pool."""
import hashlib
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor, as_completed


def make_blobs(n):
    blobs = {}
    for i in range(n):
        seed = f"blob-{i}".encode()
        # deterministic pseudo content, repeated to make the work non-trivial
        blobs[f"file{i:02d}.bin"] = hashlib.sha256(seed).digest() * (2000 + 37 * i)
    return blobs


lock = threading.Lock()
progress = {"done": 0, "threads": set()}


def checksum(name, data):
    sha = hashlib.sha256(data).hexdigest()
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    crc = zlib.crc32(data)
    with lock:
        progress["done"] += 1
        progress["threads"].add(threading.current_thread().name)
    return name, len(data), sha[:16], md5[:8], f"{crc:08x}"


def main():
    blobs = make_blobs(24)
    results = {}
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="hasher") as pool:
        futures = {pool.submit(checksum, name, data): name for name, data in blobs.items()}
        for fut in as_completed(futures):
            name, size, sha, md5, crc = fut.result()
            results[name] = (size, sha, md5, crc)

    for name in sorted(results)[:6]:
        size, sha, md5, crc = results[name]
        print(f"{name} {size:7d} sha256={sha} md5={md5} crc32={crc}")
    print("...")
    print("files hashed:", progress["done"])
    print("all threads named hasher:", all(t.startswith("hasher") for t in progress["threads"]))

    # map() keeps input order
    with ThreadPoolExecutor(max_workers=3) as pool:
        lengths = list(pool.map(len, blobs.values()))
    print("total bytes:", sum(lengths))
    combined = hashlib.blake2b(digest_size=16)
    for name in sorted(results):
        combined.update(results[name][1].encode())
    print("manifest digest:", combined.hexdigest())


if __name__ == "__main__":
    main()
